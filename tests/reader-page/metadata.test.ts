import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import sharp from 'sharp';
import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { signInAsEditor } from '../helpers/auth';
import type { toNewsArticle } from '../../src/api/article/assembly/structured-data';

type NewsArticle = ReturnType<typeof toNewsArticle>;

/**
 * What the article page and the pages around it tell search engines and social networks: the
 * NewsArticle Google's article guidance asks for, Open Graph and Twitter/X tags, hreflang and the
 * canonical address, every address absolute; and the three crops of a photo made at upload and
 * moved with its focal point.
 */
let app: TestApp;
let origin: string;
let dir: string;

/** A photo in three bands, red | green | blue from left to right: where a crop is cut shows in its edges' colours. */
const bandedJpeg = async (width: number, height: number): Promise<Buffer> => {
  const third = Math.round(width / 3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${third}" height="${height}" fill="#ff0000"/>
  <rect x="${third}" width="${third}" height="${height}" fill="#00ff00"/>
  <rect x="${2 * third}" width="${width - 2 * third}" height="${height}" fill="#0000ff"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer();
};

interface Format {
  url: string;
  hash: string;
  width: number;
  height: number;
  ratio?: string;
  focalX?: number;
  focalY?: number;
  widestPossible?: boolean;
}
interface UploadedFile {
  id: number;
  url: string;
  formats: Record<string, Format>;
}

const upload = async (name: string, jpeg: Buffer): Promise<UploadedFile> => {
  const filepath = path.join(dir, name);
  await fs.writeFile(filepath, jpeg);
  const [file] = (await app.strapi.plugin('upload').service('upload').upload({
    data: { fileInfo: { name, alternativeText: `Test photo ${name}` } },
    files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: jpeg.length },
  })) as UploadedFile[];
  return file;
};

const fileOf = async (id: number): Promise<UploadedFile> => (await app.strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as UploadedFile;

/** A stored file of the local provider, in the test's public folder. */
const localPath = (url: string) => path.join(process.env.PUBLIC_DIR as string, url);

/** The colour of a crop's pixel, as the band it falls in. */
const band = async (url: string, x: number): Promise<'red' | 'green' | 'blue'> => {
  const { data, info } = await sharp(localPath(url)).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height / 2) * info.width + x) * info.channels;
  const [r, g, b] = [data[at], data[at + 1], data[at + 2]];
  return r > g && r > b ? 'red' : g > b ? 'green' : 'blue';
};

// ---------------------------------------------------------------------------------------------
// The head of a page, as a crawler reads it.

interface Head {
  meta: Array<{ key: string; content: string }>;
  links: Array<Record<string, string>>;
  ld: Array<Record<string, unknown>>;
}
const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, decode(value)]));

const headOf = (html: string): Head => {
  const head = html.match(/<head>([\s\S]*?)<\/head>/)![1];
  return {
    meta: [...head.matchAll(/<meta [^>]*>/g)]
      .map(([tag]) => attributes(tag))
      .filter((a) => a.content !== undefined && (a.property || a.name))
      .map((a) => ({ key: a.property ?? a.name, content: a.content })),
    links: [...head.matchAll(/<link [^>]*>/g)].map(([tag]) => attributes(tag)),
    ld: [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json)),
  };
};
const all = (head: Head, key: string) => head.meta.filter((m) => m.key === key).map((m) => m.content);
const one = (head: Head, key: string): string => {
  const found = all(head, key);
  expect({ key, count: found.length }).toEqual({ key, count: 1 });
  return found[0];
};
const absolute = (url: string) => expect(url).toMatch(new RegExp(`^${origin.replace(/[.:/]/g, '\\$&')}/`));

const page = async (url: string) => headOf((await app.http().get(url).expect(200)).text);

// ---------------------------------------------------------------------------------------------

let wide: UploadedFile;
let narrow: UploadedFile;
let imageId: string;
const SLUG = 'metadata-story';

beforeAll(async () => {
  // The public origin every absolute address is made from (without it, the request's own; see issue 15).
  app = await bootApp({ env: { PUBLIC_URL: 'https://news.example.org' } });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-metadata-'));
  wide = await upload('banded-wide.jpg', await bandedJpeg(2400, 1600));
  narrow = await upload('banded-narrow.jpg', await bandedJpeg(800, 600));

  const image = await app.strapi.documents('api::image.image').create({ data: { file: wide.id, alt: 'Three bands of colour', caption: 'Bands' } });
  imageId = image.documentId;
  const author = await app.strapi.documents('api::author.author').create({ data: { name: 'Mariam Ahmadi', slug: 'mariam-ahmadi' } });
  const tags = await Promise.all(
    ['Elections', 'Herat'].map((name) => app.strapi.documents('api::tag.tag').create({ data: { name, slug: name.toLowerCase() } }))
  );
  const documentId = await makeArticle(app, { slug: SLUG, title: 'A story with every tag', byline: [author.documentId], tags: tags.map((tag) => tag.documentId) });
  const articles = app.strapi.documents('api::article.article');
  await articles.update({ documentId, locale: 'en', data: { heroImage: imageId, summary: 'What a crawler reads first.' } } as never);
  await articles.publish({ documentId, locale: 'en' });
  await articles.update({ documentId, locale: 'fa-AF', data: { title: 'داستانی با همه برچسب‌ها', slug: SLUG, heroImage: imageId } } as never);
  await articles.publish({ documentId, locale: 'fa-AF' });
  const res = await app.http().get(`/articles/${SLUG}`).expect(200);
  origin = new URL(headOf(res.text).links.find((link) => link.rel === 'canonical')!.href).origin;
});

afterAll(async () => {
  await app?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('the crops of an uploaded photo', () => {
  it.each([
    ['crop_16x9', '16:9', 1200, 675],
    ['crop_4x3', '4:3', 1200, 900],
    ['crop_1x1', '1:1', 1200, 1200],
  ])('%s is %s, 1,200 px wide, stored beside the file as one of its formats', async (key, ratio, width, height) => {
    const format = (await fileOf(wide.id)).formats[key];
    expect(format).toMatchObject({ ratio, width, height, widestPossible: false });
    const stored = await sharp(localPath(format.url)).metadata();
    expect([stored.width, stored.height]).toEqual([width, height]);
    // Strapi's own formats are still there.
    expect(Object.keys((await fileOf(wide.id)).formats)).toEqual(expect.arrayContaining(['thumbnail', 'large']));
  });

  it('of a photo narrower than 1,200 px are the widest it allows, and say so', async () => {
    const { formats } = await fileOf(narrow.id);
    expect(['crop_16x9', 'crop_4x3', 'crop_1x1'].map((key) => [formats[key].width, formats[key].height, formats[key].widestPossible])).toEqual([
      [800, 450, true],
      [800, 600, true],
      [600, 600, true],
    ]);
  });

  it('of an Image made with a focal point are cut around it from the start', async () => {
    await app.strapi.documents('api::image.image').create({ data: { file: narrow.id, alt: 'Narrow bands', focalX: 0, focalY: 0.5 } });
    const square = (await fileOf(narrow.id)).formats.crop_1x1;
    expect([square.focalX, square.width]).toEqual([0, 600]);
    // Cut from the left edge: 200 px in is still the red band (a centred crop starts 100 px in, and would be green there).
    expect(await band(square.url, 200)).toBe('red');
  });

  it('are cut around the centre until an editor sets the focal point, then move with it', async () => {
    const square = async () => (await fileOf(wide.id)).formats.crop_1x1;
    const centred = await square();
    expect([centred.focalX, centred.focalY]).toEqual([0.5, 0.5]);
    // 1600 of 2400 px around the centre: from the red band into the blue one.
    expect([await band(centred.url, 5), await band(centred.url, 1194)]).toEqual(['red', 'blue']);

    const images = app.strapi.documents('api::image.image');
    await images.update({ documentId: imageId, data: { focalX: 0, focalY: 0.5 } });
    const left = await square();
    expect([left.focalX, left.hash === centred.hash]).toEqual([0, false]);
    expect([await band(left.url, 5), await band(left.url, 1194)]).toEqual(['red', 'green']);
    // The old crop is gone from the provider, the new one stored.
    await expect(fs.access(localPath(centred.url))).rejects.toThrow();

    await images.update({ documentId: imageId, data: { focalX: 1 } });
    const right = await square();
    expect([await band(right.url, 5), await band(right.url, 1194)]).toEqual(['green', 'blue']);
    const formats = (await fileOf(wide.id)).formats;
    expect([formats.crop_16x9.focalX, formats.crop_4x3.focalX]).toEqual([1, 1]);

    // Back to the centre for the page tests below.
    await images.update({ documentId: imageId, data: { focalX: 0.5 } });
  });

  it.each([
    ['focalX', 1.5],
    ['focalY', -0.1],
  ])('refuse a focal point with %s %p on the document service and on db.query, writing nothing', async (field, value) => {
    const before = await fileOf(wide.id);
    await expect(app.strapi.documents('api::image.image').update({ documentId: imageId, data: { [field]: value } })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    await expect(app.strapi.db.query('api::image.image').update({ where: { documentId: imageId }, data: { [field]: value } })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('from 0'),
    });
    const row = await app.strapi.db.query('api::image.image').findOne({ where: { documentId: imageId } });
    expect([row.focalX, row.focalY]).toEqual([0.5, 0.5]);
    expect((await fileOf(wide.id)).formats).toEqual(before.formats);
  });
});

describe('an editor setting the focal point in the admin panel', () => {
  const IMAGE = '/content-manager/collection-types/api::image.image';
  let token: string;
  beforeAll(async () => {
    token = await signInAsEditor(app);
  });
  const save = (data: Record<string, unknown>) => app.http().put(`${IMAGE}/${imageId}`).set('Authorization', `Bearer ${token}`).send(data);

  it('moves the crops when saved', async () => {
    await save({ focalX: 0.1, focalY: 0.5 }).expect(200);
    expect((await fileOf(wide.id)).formats.crop_16x9.focalX).toBe(0.1);
    await save({ focalX: 0.5, focalY: 0.5 }).expect(200);
    expect((await fileOf(wide.id)).formats.crop_16x9.focalX).toBe(0.5);
  });

  it.each([[{ focalX: 2 }], [{ focalY: -1 }], [{ focalX: 'left' }]])('refuses %j with a 400 that writes nothing', async (data) => {
    const before = await fileOf(wide.id);
    const res = await save(data).expect(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    const row = await app.strapi.db.query('api::image.image').findOne({ where: { documentId: imageId } });
    expect([row.focalX, row.focalY]).toEqual([0.5, 0.5]);
    expect((await fileOf(wide.id)).formats).toEqual(before.formats);
  });
});

describe('the article page', () => {
  it('has Open Graph and Twitter/X tags for the story, each address absolute', async () => {
    const head = await page(`/articles/${SLUG}`);
    const canonical = head.links.find((link) => link.rel === 'canonical')!.href;
    expect(canonical).toBe(`${origin}/articles/${SLUG}`);
    expect(one(head, 'og:type')).toBe('article');
    expect(one(head, 'og:title')).toBe('A story with every tag');
    expect(one(head, 'og:description')).toBe('What a crawler reads first.');
    expect(one(head, 'og:url')).toBe(canonical);
    expect(one(head, 'og:site_name')).toBe('Newsroom');
    expect(one(head, 'og:locale')).toBe('en');
    expect(all(head, 'og:locale:alternate')).toEqual(['fa_AF']);
    const crop = (await fileOf(wide.id)).formats.crop_16x9;
    expect(one(head, 'og:image')).toBe(`${origin}${crop.url}`);
    expect([one(head, 'og:image:width'), one(head, 'og:image:height')]).toEqual(['1200', '675']);
    expect(one(head, 'og:image:alt')).toBe('Three bands of colour');
    expect(new Date(one(head, 'article:published_time')).toISOString()).toBe(one(head, 'article:published_time'));
    expect(new Date(one(head, 'article:modified_time')).toISOString()).toBe(one(head, 'article:modified_time'));
    expect(one(head, 'article:section')).toEqual(expect.any(String));
    expect(all(head, 'article:tag')).toEqual(['Elections', 'Herat']);
    expect(one(head, 'twitter:card')).toBe('summary_large_image');
    expect(one(head, 'twitter:title')).toBe('A story with every tag');
    expect(one(head, 'twitter:description')).toBe('What a crawler reads first.');
    expect(one(head, 'twitter:image')).toBe(one(head, 'og:image'));
    expect(one(head, 'twitter:image:alt')).toBe('Three bands of colour');
  });

  it('names every published translation with hreflang, and the default locale’s as x-default', async () => {
    for (const url of [`/articles/${SLUG}`, `/fa-AF/articles/${SLUG}`]) {
      const head = await page(url);
      const alternates = head.links.filter((link) => link.rel === 'alternate' && link.hreflang).map((link) => [link.hreflang, link.href]);
      expect(alternates).toEqual(
        expect.arrayContaining([
          ['en', `${origin}/articles/${SLUG}`],
          ['fa-AF', `${origin}/fa-AF/articles/${SLUG}`],
          ['x-default', `${origin}/articles/${SLUG}`],
        ])
      );
      expect(alternates).toHaveLength(3);
      expect(head.links.find((link) => link.rel === 'canonical')!.href).toBe(`${origin}${url}`);
    }
  });

  it('describes the story as a NewsArticle with what Google asks, every address absolute', async () => {
    const head = await page(`/fa-AF/articles/${SLUG}`);
    const news = head.ld.find((data) => data['@type'] === 'NewsArticle') as unknown as NewsArticle;
    const canonical = `${origin}/fa-AF/articles/${SLUG}`;
    expect(news).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'داستانی با همه برچسب‌ها',
      url: canonical,
      mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
      inLanguage: 'fa-AF',
    });
    expect(new Date(news.datePublished).toISOString()).toBe(news.datePublished);
    expect(new Date(news.dateModified).getTime()).toBeGreaterThanOrEqual(new Date(news.datePublished).getTime());
    // The author with their page in the page's locale (the byline is shared by the translation when it has none of its own).
    for (const author of news.author) {
      expect(author['@type']).toBe('Person');
      expect(author.url).toMatch(new RegExp(`^${origin}/fa-AF/authors/`));
    }
    const { formats } = await fileOf(wide.id);
    expect('image' in news && news.image).toEqual([formats.crop_16x9.url, formats.crop_4x3.url, formats.crop_1x1.url].map((url) => `${origin}${url}`));
    expect(news.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Newsroom', logo: { '@type': 'ImageObject', url: `${origin}/reader/logo.png` } });
    expect(news.publisher.url).toMatch(/^https:\/\//);
  });

  it('names the authors’ pages in the English NewsArticle too', async () => {
    const head = await page(`/articles/${SLUG}`);
    const news = head.ld.find((data) => data['@type'] === 'NewsArticle') as unknown as NewsArticle;
    expect(news.author).toEqual([{ '@type': 'Person', name: 'Mariam Ahmadi', url: `${origin}/authors/mariam-ahmadi` }]);
  });

  it('serves the default publisher logo: a PNG of at least 112 x 112', async () => {
    const res = await app.http().get('/reader/logo.png').buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    const { width, height, format } = await sharp(res.body as Buffer).metadata();
    expect({ format, big: width! >= 112 && height! >= 112 }).toEqual({ format: 'png', big: true });
  });
});

describe('the pages around the article', () => {
  it.each([
    ['the home front', '/'],
    ['a section', '/sections/asia'],
    ['an author', '/authors/mariam-ahmadi'],
    ['a tag', '/tags/elections'],
    ['the home front in Dari', '/fa-AF/'],
  ])('%s has the website subset, its addresses absolute', async (_name, url) => {
    const head = await page(url);
    const canonical = head.links.find((link) => link.rel === 'canonical')!.href;
    absolute(canonical);
    expect(one(head, 'og:type')).toBe('website');
    expect(one(head, 'og:url')).toBe(canonical);
    for (const key of ['og:title', 'og:description', 'og:site_name', 'og:locale', 'twitter:card', 'twitter:title', 'twitter:description']) {
      expect(one(head, key)).not.toBe('');
    }
    expect(head.meta.filter((m) => m.key.startsWith('article:'))).toEqual([]);
  });
});
