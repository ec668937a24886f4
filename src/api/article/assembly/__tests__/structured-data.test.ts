import { articleImages, toNewsArticle, type StructuredDataInput } from '../structured-data';
import type { ImageView } from '../types';

const photo = (formats: ImageView['formats']): ImageView => ({
  id: 'i',
  url: '/uploads/p.jpg',
  alt: 'A photo',
  caption: null,
  credit: null,
  width: 2400,
  height: 1600,
  formats,
  mime: 'image/jpeg',
});
const crops = {
  crop_16x9: { url: '/uploads/crop_16x9_p.jpg', width: 1200, height: 675 },
  crop_4x3: { url: '/uploads/crop_4x3_p.jpg', width: 1200, height: 900 },
  crop_1x1: { url: '/uploads/crop_1x1_p.jpg', width: 1200, height: 1200 },
};
const large = { url: '/uploads/large_p.jpg', width: 1000, height: 667 };

const input: StructuredDataInput = {
  title: 'A story',
  summary: 'What happened.',
  dateline: null,
  locale: 'fa-AF',
  publishedAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  corrections: [],
  byline: [{ name: 'Mariam', url: '/fa-AF/authors/mariam' }],
  heroImage: photo({ ...crops, large }),
  body: [],
  tags: [],
  commentCount: 0,
  likes: 0,
  dislikes: 0,
  canonicalUrl: '/fa-AF/articles/a-story',
  publisher: { name: 'Newsroom', url: null, logo: { url: '/reader/logo.png', width: 512, height: 512 } },
};

describe('the NewsArticle Google reads', () => {
  it.each([
    ['the three crops, 16:9, 4:3 and 1:1', { ...crops, large }, [crops.crop_16x9.url, crops.crop_4x3.url, crops.crop_1x1.url]],
    ['a photo from before the crops: the original and its wide formats', { large, small: { url: '/s.jpg', width: 500, height: 333 } }, ['/uploads/p.jpg', large.url]],
    ['a photo missing a crop: the same', { crop_16x9: crops.crop_16x9 }, ['/uploads/p.jpg', crops.crop_16x9.url]],
  ])('has as image %s', (_name, formats, expected) => {
    expect(articleImages(photo(formats))).toEqual(expected);
  });

  it('has no image without a photo', () => {
    expect(articleImages(null)).toEqual([]);
    expect(toNewsArticle({ ...input, heroImage: null })).not.toHaveProperty('image');
  });

  it('names the page it is about, its authors’ pages and the publisher’s logo', () => {
    expect(toNewsArticle(input)).toMatchObject({
      headline: 'A story',
      url: '/fa-AF/articles/a-story',
      mainEntityOfPage: { '@type': 'WebPage', '@id': '/fa-AF/articles/a-story' },
      author: [{ '@type': 'Person', name: 'Mariam', url: '/fa-AF/authors/mariam' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Newsroom', logo: { '@type': 'ImageObject', url: '/reader/logo.png', width: 512, height: 512 } },
      datePublished: '2026-03-01T09:00:00.000Z',
      dateModified: '2026-03-01T10:00:00.000Z',
    });
  });
});
