import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * The reader pages around the article, as HTML: the home front, a section's front, an author's
 * page and a tag's list, in every locale, from the same cached API pages as the API; the
 * article's breadcrumb and related stories.
 */
let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const articles = () => app.strapi.documents('api::article.article');

const page = async (path: string, status = 200) => {
  const res = await app.http().get(path).expect(status);
  expect(res.headers['content-type']).toMatch(/text\/html; charset=utf-8/);
  return res.text;
};

type Json = Record<string, unknown> & { '@type'?: string };
/** Every JSON-LD block of a page, parsed (a failure to parse fails the test). */
const structuredData = (html: string): Json[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]) as Json);
const ofType = (html: string, type: string): Json => {
  const found = structuredData(html).find((data) => data['@type'] === type);
  if (!found) throw new Error(`no ${type} in the page`);
  return found;
};

/** The reader paths of the stories a list page shows, in order (the teasers' headline links). */
const storyPaths = (html: string): string[] => [...html.matchAll(/<h3 class="teaser-headline"><a href="([^"]+)">/g)].map((match) => match[1]);
const olderLink = (html: string): string | null => html.match(/<a class="older" rel="next" href="([^"]+)">/)?.[1].replace(/&amp;/g, '&') ?? null;

const DEMO_PATH = `/articles/${DEMO_SLUG}`;

describe('the home page', () => {
  it('lists the demo article under its section, with the sections in the navigation', async () => {
    const html = await page('/');
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(storyPaths(html)).toEqual([DEMO_PATH]);
    expect(html).toContain('<p class="kicker"><a href="/sections/asia">Asia</a></p>');
    expect(html).toMatch(/<nav class="site-nav" aria-label="Sections"><ul><li><a href="\/sections\/world">World<\/a><\/li>/);
    expect(html).toContain('<a href="/authors/sulaiman">Sulaiman</a>');
    const collection = ofType(html, 'CollectionPage');
    expect(collection).toMatchObject({
      mainEntity: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, url: expect.stringMatching(new RegExp(`^https?://[^/]+${DEMO_PATH}$`)) }] },
    });
  });

  it('leaves the API, the admin panel’s neighbours and static files their own paths', async () => {
    const picks = (await app.http().get('/api/fronts/home').expect(200)).body.data.picks;
    expect(picks).toHaveLength(1);
    await app.http().get(new URL(picks[0].heroImage.url, 'http://x').pathname).expect(200).expect('Content-Type', /image/);
    expect((await app.http().get('/api/authors/sulaiman').expect(200)).body.data.name).toBe('Sulaiman');
    expect((await app.http().get('/api/sections').expect(200)).body.data[0].slug).toBe('world');
    expect((await app.http().get('/api/tags/taliban/articles').expect(200)).body.meta.tag.name).toBe('Taliban');
    expect((await app.http().get('/reader/reader.css').expect(200)).headers['content-type']).toMatch(/css/);
    // A single segment that is no locale the newsroom has is not a page of ours.
    const unknown = await app.http().get('/de');
    expect(unknown.status).toBe(404);
    expect(unknown.text).not.toContain('<!doctype html>');
  });
});

describe('a section’s page', () => {
  it('shows World’s stories, its own included its subsections’, and lists Asia under it', async () => {
    const html = await page('/sections/world');
    expect(html).toContain('<h1 id="page-title">World</h1>');
    expect(storyPaths(html)).toEqual([DEMO_PATH]);
    expect(html).toMatch(/<nav class="subsections" aria-label="In this section"><ul><li><a href="\/sections\/asia">Asia<\/a><\/li><\/ul><\/nav>/);
    expect(html).toContain('<a href="/sections/world" aria-current="page">World</a>');
    expect(ofType(html, 'CollectionPage')).toMatchObject({ name: 'World', mainEntity: { '@type': 'ItemList', numberOfItems: 1 } });
    expect(storyPaths(await page('/sections/asia'))).toEqual([DEMO_PATH]);
  });
});

describe('an author’s page', () => {
  it('shows who they are and their stories, with a ProfilePage about a Person', async () => {
    const html = await page('/authors/sulaiman');
    expect(html).toContain('<h1 id="page-title">Sulaiman</h1>');
    expect(html).toContain('<p class="job-title">Correspondent, Kabul</p>');
    expect(html).toContain('<a href="https://example.org/authors/sulaiman" rel="me noopener">Profile</a>');
    expect(storyPaths(html)).toEqual([DEMO_PATH]);
    const profile = ofType(html, 'ProfilePage');
    expect(profile).toMatchObject({
      url: expect.stringMatching(/^https?:\/\/[^/]+\/authors\/sulaiman$/),
      mainEntity: {
        '@type': 'Person',
        name: 'Sulaiman',
        jobTitle: 'Correspondent, Kabul',
        url: expect.stringMatching(/\/authors\/sulaiman$/),
        sameAs: ['https://example.org/authors/sulaiman'],
      },
    });
  });
});

describe('a tag’s page', () => {
  it('shows the tag, its description and its stories', async () => {
    const html = await page('/tags/taliban');
    expect(html).toContain('<h1 id="page-title">Taliban</h1>');
    expect(html).toContain('<p class="standfirst">The Taliban movement and its government in Kabul.</p>');
    expect(storyPaths(html)).toEqual([DEMO_PATH]);
    expect(ofType(html, 'CollectionPage')).toMatchObject({ name: 'Taliban', description: 'The Taliban movement and its government in Kabul.' });
  });
});

describe('every locale', () => {
  it.each([
    ['fa-AF', 'rtl'],
    ['ps', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
  ])('%s: the home, section, author and tag pages, %s', async (locale, dir) => {
    const prefix = locale === 'en' ? '' : `/${locale}`;
    for (const path of ['/', '/sections/world', '/sections/asia', '/authors/sulaiman', '/tags/taliban']) {
      const html = await page(`/${locale}${path === '/' ? '/' : path}`);
      expect(html).toContain(`<html lang="${locale}" dir="${dir}">`);
      // Links stay in the locale; the default locale's have no prefix.
      expect(html).toContain(`<a class="site-name" href="${prefix}/">`);
      expect(html).toContain(`<a href="${prefix}/sections/world"`);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${prefix}${path === '/' ? '/' : path}">`));
    }
  });

  it('reads the locale in any case, and lists a story in the locale it is published in', async () => {
    const id = (await articles().findFirst({ locale: 'en', filters: { slug: DEMO_SLUG } }))!.documentId;
    await articles().update({
      documentId: id,
      locale: 'fa-AF',
      data: { title: 'شواهد رابطه نزدیک القاعده و طالبان', slug: DEMO_SLUG, body: [{ __component: 'article.subheading', text: 'سرخط' }] },
    } as never);
    await articles().publish({ documentId: id, locale: 'fa-AF' });
    const html = await page('/FA-af/');
    expect(html).toContain('<html lang="fa-AF" dir="rtl">');
    expect(storyPaths(html)).toEqual([`/fa-AF/articles/${DEMO_SLUG}`]);
    expect(html).toContain('شواهد رابطه نزدیک القاعده و طالبان');
  });
});

describe('pages back in time', () => {
  it('walks a section’s and a tag’s stories a page at a time, newest first, none twice', async () => {
    const sport = (await app.strapi.documents('api::section.section').create({ locale: 'en', data: { name: 'Sport', slug: 'sport', order: 5 } })).documentId;
    const cricket = (await app.strapi.documents('api::tag.tag').create({ data: { name: 'Cricket', slug: 'cricket' } })).documentId;
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const slug = `match-report-${i}`;
      const documentId = await makeArticle(app, { slug, paragraphs: 1, withMedia: false, publish: false });
      await articles().update({ documentId, locale: 'en', data: { section: sport, tags: [cricket] } } as never);
      await articles().publish({ documentId, locale: 'en' });
      made.unshift(`/articles/${slug}`);
    }

    for (const first of ['/sections/sport?pageSize=2', '/tags/cricket?pageSize=2']) {
      const seen: string[] = [];
      let address: string | null = first;
      let pages = 0;
      while (address && pages < 10) {
        const html = await page(address);
        seen.push(...storyPaths(html));
        pages += 1;
        // A later page links back to the newest; the first does not.
        if (pages > 1) expect(html).toContain(`<a class="newer" href="${first}">Back to the newest stories</a>`);
        else expect(html).not.toContain('class="newer"');
        address = olderLink(html);
        if (address) expect(address).toMatch(/[?&]pageSize=2(&|$)/);
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(made);
    }
    // The new top-level section joins every page's navigation.
    expect(await page('/')).toContain('<a href="/sections/sport">Sport</a>');
  });

  it('answers a malformed cursor or page size with a 400 page, not a fault', async () => {
    expect(await page('/sections/world?cursor=not-a-cursor', 400)).toContain('<h1>This address is not valid</h1>');
    await page('/authors/sulaiman?cursor=bm90IGpzb24', 400);
    await page('/tags/taliban?pageSize=500', 400);
    await page('/fa-AF/?cursor=x', 400);
  });
});

describe('addresses with no page', () => {
  it.each(['/sections/no-such-section', '/sections/home', '/authors/nobody', '/tags/no-such-tag', '/de/sections/world', '/sections/Not_A_Slug'])(
    '%s is a 404 page',
    async (path) => {
      expect(await page(path, 404)).toContain('<h1>Page not found</h1>');
    }
  );

  it('says so in the language of the address', async () => {
    const html = await page('/fa-AF/sections/no-such-section', 404);
    expect(html).toContain('<html lang="fa-AF" dir="rtl">');
    expect(html).toContain('<h1>صفحه پیدا نشد</h1>');
  });
});

describe('the article page', () => {
  it('carries the site navigation', async () => {
    const html = await page(DEMO_PATH);
    expect(html).toContain('<a href="/sections/world"');
    expect(html).toContain('<a class="site-name" href="/">');
  });

  // The rendering itself is unit-tested in src/reader-page/render/__tests__/lists.test.ts.
  it('shows its place in the sections (Home › World › Asia) with a BreadcrumbList', async () => {
    const html = await page(DEMO_PATH);
    expect(html).toMatch(
      /<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="\/">Home<\/a><\/li><li><a href="\/sections\/world">World<\/a><\/li><li><a href="\/sections\/asia">Asia<\/a><\/li><\/ol><\/nav>/
    );
    expect(ofType(html, 'BreadcrumbList')).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home' },
        { position: 2, name: 'World', item: expect.stringMatching(/\/sections\/world$/) },
        { position: 3, name: 'Asia', item: expect.stringMatching(/\/sections\/asia$/) },
      ],
    });
  });
});
