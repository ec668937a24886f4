import { toTeaser, type TeaserRow } from '../teaser';

const row = (over: Partial<TeaserRow> = {}): TeaserRow => ({
  id: 7,
  documentId: 'doc1',
  locale: 'en',
  title: 'Headline',
  summary: '  The standfirst.  ',
  slug: 'a-story',
  publishedAt: '2026-03-02T10:00:00.000Z',
  firstPublishedAt: '2026-03-01T08:00:00.000Z',
  byline: [{ name: 'Sulaiman', slug: 'sulaiman' }],
  heroImage: {
    documentId: 'img1',
    alt: 'A photo',
    file: { url: '/uploads/a.jpg', width: 800, height: 600, formats: { small: { url: '/uploads/small_a.jpg', width: 500, height: 375 } } },
  },
  section: { documentId: 'sec1', name: 'Asia', slug: 'asia' },
  ...over,
});

const context = { defaultLocale: 'en', publicUrl: '', commentCount: 3, section: { name: 'Asia', slug: 'asia' } };

describe('a teaser', () => {
  it('maps a published version: first publication, last publication, the reader path, the hero image', () => {
    expect(toTeaser(row(), context)).toMatchObject({
      documentId: 'doc1',
      headline: 'Headline',
      standfirst: 'The standfirst.',
      path: '/articles/a-story',
      section: { name: 'Asia', slug: 'asia' },
      byline: [{ name: 'Sulaiman', slug: 'sulaiman' }],
      heroImage: { url: '/uploads/a.jpg', alt: 'A photo', formats: { small: { url: '/uploads/small_a.jpg', width: 500, height: 375 } } },
      publishedAt: '2026-03-01T08:00:00.000Z',
      lastPublishedAt: '2026-03-02T10:00:00.000Z',
      commentCount: 3,
    });
  });

  it('links another locale under its code; never published before: both dates the same; no photo file: no image', () => {
    const teaser = toTeaser(row({ locale: 'fa-AF', firstPublishedAt: null, summary: ' ', heroImage: { documentId: 'img2', alt: 'x', file: null } }), {
      ...context,
      section: null,
    });
    expect(teaser).toMatchObject({ path: '/fa-AF/articles/a-story', standfirst: null, heroImage: null, section: null });
    expect(teaser.publishedAt).toBe(teaser.lastPublishedAt);
  });
});
