import { XMLParser } from 'fast-xml-parser';
import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { queriesOf } from '../helpers/queries';
import { DEMO_SLUG } from '../../src/demo/reference-article';
import { service } from '../../src/services';

/**
 * The sitemaps search engines read: /robots.txt names the index; /sitemap.xml indexes pages of at
 * most SITEMAP_URLS_PER_PAGE addresses (4 here, to see the paging) of every published article
 * version, section, tag and author page, with lastmod and hreflang alternates; /sitemap-news.xml
 * lists the stories first published in the last 48 hours for Google News. Drafts, scheduled and
 * embargoed stories are in none; every address is on the public origin, never the request's Host.
 */
let app: TestApp;
let ORIGIN: string;
const PER_PAGE = 4;
const ARTICLE = 'api::article.article';
const LATER = new Date(Date.now() + 24 * 3_600_000);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

interface UrlEntry {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: Array<{ '@_rel': string; '@_hreflang': string; '@_href': string }>;
  'news:news'?: {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
}

beforeAll(async () => {
  app = await bootApp({ env: { SITEMAP_URLS_PER_PAGE: String(PER_PAGE) } });
  await service(app.strapi, 'api::article.schedule').stop();
  ORIGIN = `http://127.0.0.1:${app.strapi.config.get('server.port')}`;
  await app.strapi.documents('api::tag.tag').create({ data: { name: 'Floods', slug: 'floods' } } as never);
  await app.strapi.documents('api::author.author').create({ data: { name: 'Desk Reporter', slug: 'desk-reporter' } } as never);
  const articles = app.strapi.documents(ARTICLE);
  // A story and its Dari translation.
  const translated = await makeArticle(app, { slug: 'river-rises', title: 'The river rises', paragraphs: 1 });
  await articles.update({ documentId: translated, locale: 'fa-AF', data: { title: 'دریا بالا می‌آید', slug: 'river-rises' } } as never);
  await articles.publish({ documentId: translated, locale: 'fa-AF' });
  for (const slug of ['one', 'two', 'three']) await makeArticle(app, { slug: `story-${slug}`, paragraphs: 1 });
  // An old story: first published three days ago, in the sitemap, not in the news sitemap.
  const old = await makeArticle(app, { slug: 'old-story', title: 'An old story', paragraphs: 1 });
  await app.strapi.db.query(ARTICLE).updateMany({ where: { documentId: old }, data: { firstPublishedAt: new Date(Date.now() - 72 * 3_600_000) } });
  // Never in a sitemap: a draft, a scheduled story, an embargoed one.
  await makeArticle(app, { slug: 'draft-story', title: 'DRAFTHEADLINE', publish: false, paragraphs: 1 });
  const scheduled = await makeArticle(app, { slug: 'scheduled-story', title: 'SCHEDULEDHEADLINE', publish: false, paragraphs: 1 });
  await articles.update({ documentId: scheduled, locale: 'en', data: { publishAt: LATER } } as never);
  const embargoed = await makeArticle(app, { slug: 'embargoed-story', title: 'EMBARGOEDHEADLINE', publish: false, paragraphs: 1 });
  await articles.update({ documentId: embargoed, locale: 'en', data: { embargoUntil: LATER, publishAt: LATER } } as never);
});
afterAll(async () => {
  await app?.close();
});

const get = (path: string) => app.http().get(path);
const xml = async (path: string) => {
  const res = await get(path).expect(200);
  expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
  return { doc: parser.parse(res.text), text: res.text };
};
const pathOf = (url: string) => {
  expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  return url.slice(ORIGIN.length);
};

/** Every page the index names, and every URL on them, by page. */
const allPages = async () => {
  const { doc } = await xml('/sitemap.xml');
  const refs = doc.sitemapindex.sitemap as Array<{ loc: string; lastmod?: string }>;
  const pages: Array<{ path: string; urls: UrlEntry[] }> = [];
  for (const ref of refs) pages.push({ path: pathOf(ref.loc), urls: (await xml(pathOf(ref.loc))).doc.urlset.url ?? [] });
  return pages;
};

describe('robots.txt', () => {
  it('names the sitemap index and the news sitemap by absolute address, and keeps crawlers out of the admin panel and previews', async () => {
    const res = await get('/robots.txt').expect(200).expect('Content-Type', 'text/plain; charset=utf-8');
    expect(res.text.split('\n')).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /admin', 'Disallow: /preview/', `Sitemap: ${ORIGIN}/sitemap.xml`, `Sitemap: ${ORIGIN}/sitemap-news.xml`]));
  });
});

describe('the sitemap index', () => {
  it('is a sitemapindex of pages of each kind, each with its lastmod', async () => {
    const { doc } = await xml('/sitemap.xml');
    expect(doc.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const refs = doc.sitemapindex.sitemap as Array<{ loc: string; lastmod?: string }>;
    const paths = refs.map((ref) => pathOf(ref.loc));
    expect(paths).toEqual(expect.arrayContaining(['/sitemaps/home-1.xml', '/sitemaps/articles-1.xml', '/sitemaps/sections-1.xml', '/sitemaps/tags-1.xml', '/sitemaps/authors-1.xml']));
    for (const ref of refs) expect(Date.parse(ref.lastmod as string)).not.toBeNaN();
  });

  it('lists the home front in every locale, each naming the others', async () => {
    const { doc } = await xml('/sitemaps/home-1.xml');
    const urls = doc.urlset.url as UrlEntry[];
    expect(urls.map((url) => pathOf(url.loc))).toEqual(['/', '/fa-AF/', '/ps/', '/ur/']);
    expect(urls[1]['xhtml:link']!.map((link) => [link['@_hreflang'], pathOf(link['@_href'])])).toEqual([
      ['en', '/'],
      ['fa-AF', '/fa-AF/'],
      ['ps', '/ps/'],
      ['ur', '/ur/'],
      ['x-default', '/'],
    ]);
  });

  it('pages hold at most SITEMAP_URLS_PER_PAGE addresses, and together every published page once', async () => {
    const pages = await allPages();
    for (const page of pages) {
      expect(page.urls.length).toBeGreaterThan(0);
      expect(page.urls.length).toBeLessThanOrEqual(PER_PAGE);
    }
    const articlePages = pages.filter((page) => page.path.startsWith('/sitemaps/articles-'));
    expect(articlePages.length).toBeGreaterThan(1);
    const locs = pages.flatMap((page) => page.urls.map((url) => pathOf(url.loc)));
    expect(new Set(locs).size).toBe(locs.length);
    const articles = locs.filter((loc) => loc.includes('/articles/')).sort();
    expect(articles).toEqual(
      [`/articles/${DEMO_SLUG}`, '/articles/old-story', '/articles/river-rises', '/articles/story-one', '/articles/story-three', '/articles/story-two', `/fa-AF/articles/${DEMO_SLUG}`, '/fa-AF/articles/river-rises'].sort()
    );
    // A section's, tag's and author's page in every locale.
    expect(locs).toEqual(expect.arrayContaining(['/sections/asia', '/fa-AF/sections/asia', '/ps/sections/asia', '/ur/sections/asia', '/tags/floods', '/ur/tags/floods', '/authors/desk-reporter', '/ps/authors/desk-reporter']));
    const text = JSON.stringify(pages);
    for (const hidden of ['draft-story', 'scheduled-story', 'embargoed-story']) expect(text).not.toContain(hidden);
  });

  it('names each translation of a story with hreflang, and each locale of a list page', async () => {
    const pages = await allPages();
    const urls = pages.flatMap((page) => page.urls);
    const alternatesOf = (path: string) =>
      (urls.find((url) => url.loc === `${ORIGIN}${path}`)?.['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], pathOf(link['@_href'])]);
    const story = [
      ['en', '/articles/river-rises'],
      ['fa-AF', '/fa-AF/articles/river-rises'],
      ['x-default', '/articles/river-rises'],
    ];
    expect(alternatesOf('/articles/river-rises')).toEqual(expect.arrayContaining(story));
    expect(alternatesOf('/fa-AF/articles/river-rises')).toEqual(expect.arrayContaining(story));
    expect(alternatesOf('/articles/story-one')).toEqual([]);
    expect(alternatesOf('/ps/tags/floods')).toEqual(expect.arrayContaining([['en', '/tags/floods'], ['fa-AF', '/fa-AF/tags/floods'], ['ps', '/ps/tags/floods'], ['ur', '/ur/tags/floods']]));
    const { doc } = await xml('/sitemaps/articles-1.xml');
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    for (const url of doc.urlset.url as UrlEntry[]) expect(Date.parse(url.lastmod as string)).not.toBeNaN();
  });

  it('reads a page in the same few queries whatever it holds, and the index in one query a kind', async () => {
    const pages = await allPages();
    const counts: number[] = [];
    // One at a time: the query listener sees every request in flight.
    for (const page of pages.filter((p) => p.path.startsWith('/sitemaps/articles-'))) counts.push((await queriesOf(app, () => get(page.path).expect(200))).length);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(3);
    const index = await queriesOf(app, () => get('/sitemap.xml').expect(200));
    expect(index.filter((sql) => /group by/i.test(sql))).toHaveLength(4);
    expect(index.length).toBeLessThanOrEqual(6);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    for (const path of ['/sitemap.xml', '/sitemaps/articles-1.xml', '/sitemap-news.xml', '/robots.txt']) {
      const etag = (await get(path).expect(200)).headers.etag;
      expect(etag).toBeTruthy();
      await get(path).set('If-None-Match', etag).expect(304);
    }
  });

  it('is a 404 in Strapi’s error shape for a page that does not exist', async () => {
    for (const path of ['/sitemaps/home-2.xml', '/sitemaps/articles-999.xml', '/sitemaps/articles-0.xml', '/sitemaps/stories-1.xml', '/sitemaps/articles-1.json', '/sitemaps/articles-x.xml']) {
      const res = await get(path).expect(404);
      expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
  });
});

describe('the Google News sitemap', () => {
  it('lists the stories first published in the last 48 hours with publication, language as ISO 639, date and title', async () => {
    const { doc } = await xml('/sitemap-news.xml');
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls = doc.urlset.url as UrlEntry[];
    const byPath = new Map(urls.map((url) => [pathOf(url.loc), url['news:news']]));
    expect([...byPath.keys()].sort()).toEqual(
      [`/articles/${DEMO_SLUG}`, '/articles/river-rises', '/articles/story-one', '/articles/story-three', '/articles/story-two', `/fa-AF/articles/${DEMO_SLUG}`, '/fa-AF/articles/river-rises'].sort()
    );
    expect(byPath.get('/fa-AF/articles/river-rises')).toMatchObject({
      'news:publication': { 'news:name': 'Newsroom', 'news:language': 'fa' },
      'news:title': 'دریا بالا می‌آید',
    });
    expect(byPath.get('/articles/river-rises')).toMatchObject({ 'news:publication': { 'news:language': 'en' }, 'news:title': 'The river rises' });
    for (const news of byPath.values()) expect(Date.now() - Date.parse(news!['news:publication_date'])).toBeLessThan(48 * 3_600_000);
  });
});

describe('the public origin', () => {
  it('is never the request’s Host or X-Forwarded-Host', async () => {
    for (const path of ['/robots.txt', '/sitemap.xml', '/sitemaps/articles-1.xml', '/sitemaps/tags-1.xml', '/sitemap-news.xml']) {
      const res = await get(path).set('Host', 'evil.example').set('X-Forwarded-Host', 'evil.example').expect(200);
      expect(res.text).not.toContain('evil.example');
      expect(res.text).toContain(ORIGIN);
    }
  });
});
