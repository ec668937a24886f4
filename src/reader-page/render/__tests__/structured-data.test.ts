import { absoluteNewsArticle } from '../structured-data';
import { toNewsArticle } from '../../../api/article/assembly/structured-data';

const news = (origin: string) =>
  toNewsArticle({
    title: 'A story',
    summary: null,
    dateline: null,
    locale: 'en',
    publishedAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    corrections: [],
    byline: [{ name: 'Mariam', url: `${origin}/authors/mariam` }],
    heroImage: {
      id: 'i',
      url: `${origin}/uploads/p.jpg`,
      alt: 'A photo',
      caption: null,
      credit: null,
      width: 2400,
      height: 1600,
      formats: {
        crop_16x9: { url: `${origin}/uploads/a.jpg`, width: 1200, height: 675 },
        crop_4x3: { url: 'https://cdn.example.net/b.jpg', width: 1200, height: 900 },
        crop_1x1: { url: `${origin}/uploads/c.jpg`, width: 1200, height: 1200 },
      },
      mime: 'image/jpeg',
    },
    body: [],
    tags: [],
    commentCount: 0,
    likes: 0,
    dislikes: 0,
    canonicalUrl: `${origin}/articles/a-story`,
    publisher: { name: 'Newsroom', url: origin || null, logo: { url: `${origin}/reader/logo.png` } },
  });

describe('absoluteNewsArticle', () => {
  it('makes the site-relative addresses absolute on the page’s origin, and keeps absolute ones', () => {
    expect(absoluteNewsArticle({ origin: 'https://news.example.org' }, news(''))).toEqual(news('https://news.example.org'));
  });

  it('leaves a NewsArticle already absolute as it is', () => {
    const absolute = news('https://news.example.org');
    expect(absoluteNewsArticle({ origin: 'http://127.0.0.1:1337' }, absolute)).toEqual(absolute);
  });
});
