import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { sectionId } from '../helpers/sections';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { service } from '../../src/services';

/**
 * The embargo leak walk: before its time, a scheduled or embargoed article is in no public
 * response of any kind. Three such stories (embargoed from the start; scheduled for later; one
 * that was live, on the home front, in the caches, then unpublished and embargoed) share a
 * section, a tag and an author with a published story, so every list they would be in answers.
 * An anonymous reader then walks every GET route of the content API (core REST routes of every
 * content type included, each parameter filled with each story's slug and documentId, with the
 * queries that ask for drafts) and every reader page, and finds none of their documentIds, slugs or
 * headlines, nor in any feed, sitemap or robots.txt; commenting or reacting on them is refused, writing nothing.
 */
let app: TestApp;
const ARTICLE = 'api::article.article';
const EMBARGO = new Date(Date.now() + 24 * 3_600_000);

interface Hidden {
  documentId: string;
  slug: string;
  title: string;
}
const hidden: Hidden[] = [];
let links: { tag: string; author: string; tagSlug: string; authorSlug: string };

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  await service(app.strapi, 'api::article.schedule').stop();
  const tag = await app.strapi.documents('api::tag.tag').create({ locale: 'en', data: { name: 'Floods', slug: 'floods' } } as never);
  const author = await app.strapi.documents('api::author.author').create({ locale: 'en', data: { name: 'Desk Reporter', slug: 'desk-reporter' } } as never);
  links = { tag: tag.documentId, author: author.documentId, tagSlug: 'floods', authorSlug: 'desk-reporter' };
  const shared = { section: await sectionId(app, 'asia'), tags: [links.tag], byline: [links.author], paragraphs: 1, withMedia: false };
  const articles = app.strapi.documents(ARTICLE);

  // What the lists do show: a published story in the same section, tag and byline.
  await makeArticle(app, { ...shared, slug: 'published-neighbour', title: 'Published neighbour' });

  const embargoed = await makeArticle(app, { ...shared, slug: 'embargoed-story', title: 'EMBARGOEDHEADLINE report', publish: false });
  await articles.update({ documentId: embargoed, locale: 'en', data: { embargoUntil: EMBARGO, publishAt: EMBARGO } } as never);
  hidden.push({ documentId: embargoed, slug: 'embargoed-story', title: 'EMBARGOEDHEADLINE' });

  const scheduled = await makeArticle(app, { ...shared, slug: 'scheduled-story', title: 'SCHEDULEDHEADLINE report', publish: false });
  await articles.update({ documentId: scheduled, locale: 'en', data: { publishAt: EMBARGO } } as never);
  hidden.push({ documentId: scheduled, slug: 'scheduled-story', title: 'SCHEDULEDHEADLINE' });

  // Live first: on the home front, read (so cached) everywhere; then unpublished and embargoed.
  const pulled = await makeArticle(app, { ...shared, slug: 'pulled-story', title: 'PULLEDHEADLINE report' });
  const home = (await app.strapi.documents('api::front.front').findFirst({ populate: { picks: true } } as never))!;
  const picks = ((home as { picks?: Array<{ documentId: string }> }).picks ?? []).map((pick) => pick.documentId);
  await app.strapi.documents('api::front.front').update({ documentId: home.documentId, data: { picks: [pulled, ...picks] } } as never);
  for (const url of ['/api/articles/pulled-story/assembled', '/articles/pulled-story', '/api/sections/asia/articles', '/api/tags/floods/articles', '/api/authors/desk-reporter/articles', '/api/fronts/home', '/', '/sections/asia', '/feeds/home.xml', '/feeds/sections/asia.xml?full=1', '/feeds/tags/floods.atom', '/feeds/authors/desk-reporter.xml']) {
    await app.http().get(url);
  }
  expect(JSON.stringify((await app.http().get('/api/sections/asia/articles').expect(200)).body)).toContain('pulled-story');
  expect((await app.http().get('/api/fronts/home').expect(200)).body.data.picks.map((pick: { documentId: string }) => pick.documentId)).toContain(pulled);
  await articles.unpublish({ documentId: pulled, locale: 'en' });
  await articles.update({ documentId: pulled, locale: 'en', data: { embargoUntil: EMBARGO } } as never);
  hidden.push({ documentId: pulled, slug: 'pulled-story', title: 'PULLEDHEADLINE' });
});
afterAll(async () => {
  await app?.close();
});

const contentApiGetRoutes = (): string[] => {
  const paths = new Set<string>();
  const collect = (routes: Array<{ method: string; path: string }>) => {
    for (const route of routes) if (route.method === 'GET') paths.add(`/api${route.path}`);
  };
  for (const api of Object.values(app.strapi.apis) as Array<{ routes: Record<string, { routes: Array<{ method: string; path: string }> }> }>) {
    for (const router of Object.values(api.routes)) collect(router.routes);
  }
  for (const plugin of Object.values(app.strapi.plugins) as Array<{ routes?: Record<string, { type?: string; routes: Array<{ method: string; path: string }> }> }>) {
    for (const router of Object.values(plugin.routes ?? {})) if (router.type === 'content-api') collect(router.routes);
  }
  return [...paths];
};

/** Every concrete address of a route template, with the fill it took: each parameter filled with each story's slug and id, and with the lists' own slugs. */
const addresses = (template: string): Array<[string, string | null]> => {
  if (!template.includes(':')) return [[template, null]];
  const fills = [
    ...hidden.flatMap((story) => [story.slug, story.documentId]),
    'asia',
    links.tagSlug,
    links.authorSlug,
    links.tag,
    links.author,
    'home',
  ];
  return [...new Set(fills)].map((fill) => [template.replace(/:[a-zA-Z]+/g, fill), fill]);
};

/**
 * The headers, less one known exception: a front's CDN purge keys (Surrogate-Key, Cache-Tag) name
 * every document its editor picked, published or not, so that publishing the pick purges the front
 * (src/api/front/services/fronts.ts). That is an opaque documentId, never the story; the walk checks
 * that those headers carry nothing else of it.
 */
const PURGE_KEYS = ['surrogate-key', 'cache-tag'];
const headersShown = (headers: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      if (!PURGE_KEYS.includes(name.toLowerCase())) return [name, value];
      return [name, hidden.reduce((text, story) => text.split(story.documentId).join('<picked>'), String(value))];
    })
  );

const NEVER = 'never-written-story';
const TEXT = (res: { body: unknown; text?: string }) => `${JSON.stringify(res.body)}${res.text ?? ''}`;

/**
 * A leak, or the reader's own words echoed: an answer naming only what the address asked (a 404's
 * "No article <slug>") is no leak when an address naming a story that never existed gets the same.
 */
const leakOf = async (url: string, fill: string | null, res: { status: number; body: unknown; text?: string }): Promise<string | null> => {
  const mark = leakIn(TEXT(res));
  if (!mark || !fill || mark !== fill) return mark;
  const control = await app.http().get(url.split(fill).join(NEVER));
  const same = control.status === res.status && TEXT(control).split(NEVER).join(fill) === TEXT(res);
  return same ? null : mark;
};

const QUERIES = [
  '',
  '?populate=*',
  '?status=draft',
  '?locale=en&status=draft&populate=*',
  '?publicationState=preview',
  '?filters[slug][$eq]=embargoed-story&status=draft',
  '?filters[embargoUntil][$notNull]=true&status=draft',
  '?populate[articles]=*&populate[picks]=*&status=draft',
];

const READER_PAGES = [
  '/',
  '/en',
  '/fa-AF',
  '/sections/asia',
  '/en/sections/asia',
  '/tags/floods',
  '/en/tags/floods',
  '/authors/desk-reporter',
  '/en/authors/desk-reporter',
  ...['embargoed-story', 'scheduled-story', 'pulled-story'].flatMap((slug) => [`/articles/${slug}`, `/en/articles/${slug}`, `/fa-AF/articles/${slug}`]),
];

/** The feeds (each list, both formats, with and without the body), the sitemaps and robots.txt; the index's pages are added as it names them. */
const DISTRIBUTION = [
  ...['home', 'sections/asia', 'tags/floods', 'authors/desk-reporter'].flatMap((list) =>
    ['xml', 'atom'].flatMap((format) => [`/feeds/${list}.${format}`, `/feeds/${list}.${format}?full=1`, `/en/feeds/${list}.${format}`])
  ),
  '/fa-AF/feeds/home.xml',
  '/robots.txt',
  '/sitemap.xml',
  '/sitemap-news.xml',
];

const leakIn = (text: string): string | null => {
  for (const story of hidden) {
    for (const mark of [story.documentId, story.slug, story.title]) if (text.includes(mark)) return mark;
  }
  return null;
};

describe('an embargoed or scheduled article, before its time', () => {
  it('is in no answer of any public GET route of the content API', async () => {
    const routes = contentApiGetRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const answered: string[] = [];
    for (const route of routes) {
      for (const [address, fill] of addresses(route)) {
        for (const query of QUERIES) {
          const url = `${address}${query}`;
          const res = await app.http().get(url);
          const mark = (await leakOf(url, fill, res)) ?? leakIn(JSON.stringify(headersShown(res.headers)));
          if (mark) throw new Error(`${url} (${res.status}) shows "${mark}"`);
          if (res.status === 200) answered.push(url);
        }
      }
    }
    // The walk read real content: the lists the stories would be in answered, with their neighbour.
    expect(answered).toEqual(
      expect.arrayContaining(['/api/articles', '/api/sections/asia/articles', '/api/tags/floods/articles', '/api/authors/desk-reporter/articles', '/api/fronts/home'])
    );
    for (const list of ['/api/sections/asia/articles', '/api/tags/floods/articles', '/api/authors/desk-reporter/articles']) {
      expect(JSON.stringify((await app.http().get(list).expect(200)).body)).toContain('published-neighbour');
    }
  });

  it('is on no reader page: its own address is a 404, the lists and fronts leave it out', async () => {
    for (const url of READER_PAGES) {
      const res = await app.http().get(url);
      const asked = hidden.find((story) => url.endsWith(`/${story.slug}`))?.slug ?? null;
      const mark = await leakOf(url, asked, res);
      if (mark) throw new Error(`${url} (${res.status}) shows "${mark}"`);
      if (url.includes('/articles/')) expect(res.status).toBe(404);
    }
    expect((await app.http().get('/sections/asia').expect(200)).text).toContain('Published neighbour');
  });

  it('is in no feed, sitemap or robots.txt, once cached there or never', async () => {
    const index = (await app.http().get('/sitemap.xml').expect(200)).text;
    const pages = [...index.matchAll(/<loc>https?:\/\/[^/]+(\/sitemaps\/[^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const url of [...DISTRIBUTION, ...pages]) {
      const res = await app.http().get(url).expect(200);
      const mark = leakIn(res.text);
      if (mark) throw new Error(`${url} shows "${mark}"`);
    }
    expect((await app.http().get('/feeds/tags/floods.xml').expect(200)).text).toContain('Published neighbour');
    expect((await app.http().get('/sitemap-news.xml').expect(200)).text).toContain('published-neighbour');
  });

  it('takes no comment and no reaction, writing nothing', async () => {
    const comments = await app.strapi.db.query('api::comment.comment').count();
    const reactions = await app.strapi.db.query('api::reaction.reaction').count();
    for (const story of hidden) {
      const comment = await asReader(app, newReaderAddress())
        .post(`/api/articles/${story.slug}/comments`)
        .send({ data: { authorName: 'Reader', authorEmail: 'reader@example.org', body: 'Early words about this.' } });
      expect([400, 404]).toContain(comment.status);
      const reaction = await asReader(app, newReaderAddress()).post(`/api/articles/${story.slug}/reactions`).send({ data: { value: 'like' } });
      expect([400, 404]).toContain(reaction.status);
    }
    expect(await app.strapi.db.query('api::comment.comment').count()).toBe(comments);
    expect(await app.strapi.db.query('api::reaction.reaction').count()).toBe(reactions);
  });
});
