import { parseFeed } from '@rowanmanning/feed-parser';
import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { sectionId } from '../helpers/sections';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * The feeds: RSS 2.0 and Atom of the home front and of each section, tag and author, in each
 * locale, read by a feed parser as a feed reader would; the 50 newest published stories with
 * absolute addresses on the public origin (never the request's Host), stable ids, authors,
 * categories, dates, summary and hero image; the body with ?full=1; cached, dropped on publish and
 * unpublish, answered 304 to a matching If-None-Match; an unknown list a 404.
 */
let app: TestApp;
/** The public origin in tests: PUBLIC_URL is empty, so the server's own address (HOST=127.0.0.1). */
let ORIGIN: string;
let tag: string;
let author: string;
let story: string;

beforeAll(async () => {
  app = await bootApp();
  ORIGIN = `http://127.0.0.1:${app.strapi.config.get('server.port')}`;
  tag = (await app.strapi.documents('api::tag.tag').create({ data: { name: 'Floods', slug: 'floods' } } as never)).documentId;
  author = (await app.strapi.documents('api::author.author').create({ data: { name: 'Desk Reporter', slug: 'desk-reporter' } } as never)).documentId;
  story = await makeArticle(app, { slug: 'river-rises', title: 'The river rises', section: await sectionId(app, 'asia'), tags: [tag], byline: [author], paragraphs: 2 });
  const articles = app.strapi.documents('api::article.article');
  await articles.update({ documentId: story, locale: 'en', data: { summary: 'Villages along the Kabul river are told to leave.' } } as never);
  await articles.publish({ documentId: story, locale: 'en' });
});
afterAll(async () => {
  await app?.close();
});

const get = (path: string) => app.http().get(path);
const feedOf = async (path: string, type: RegExp) => {
  const res = await get(path).expect(200);
  expect(res.headers['content-type']).toMatch(type);
  return { feed: parseFeed(res.text), text: res.text, res };
};
const RSS = /^application\/rss\+xml; charset=utf-8$/;
const ATOM = /^application\/atom\+xml; charset=utf-8$/;

describe('the home feed', () => {
  it('is RSS 2.0 with the newest published stories, every address absolute on the public origin', async () => {
    const { feed, text } = await feedOf('/feeds/home.xml', RSS);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('Newsroom');
    expect(feed.url).toBe(`${ORIGIN}/`);
    expect(feed.language).toBe('en');
    expect(feed.self).toBe(`${ORIGIN}/feeds/home.xml`);
    const links = feed.items.map((item) => item.url);
    expect(links).toEqual([`${ORIGIN}/articles/river-rises`, `${ORIGIN}/articles/${DEMO_SLUG}`]);

    const item = feed.items[0];
    expect(item.title).toBe('The river rises');
    expect(item.id).toBe(`tag:127.0.0.1,2026:article:${story}:en`);
    expect(item.authors.map((a) => a.name)).toEqual(['Desk Reporter']);
    expect(item.categories.map((c) => [c.label, c.url])).toEqual([
      ['Asia', `${ORIGIN}/sections/asia`],
      ['Floods', `${ORIGIN}/tags/floods`],
    ]);
    expect(item.published).toBeInstanceOf(Date);
    expect(item.media[0]).toMatchObject({ url: expect.stringMatching(new RegExp(`^${ORIGIN}/uploads/`)), mimeType: expect.stringMatching(/^image\//) });
    expect(text).toMatch(/<media:content url="http:\/\/127\.0\.0\.1:\d+\/uploads\/[^"]+" medium="image" type="image\/[a-z]+" width="\d+" height="\d+">/);
    expect(text).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    // Without ?full=1, the standfirst only.
    expect(item.description).toBe('Villages along the Kabul river are told to leave.');
    expect(item.content).toBeNull();
  });

  it('is Atom at .atom, with the same stories and ids', async () => {
    const { feed } = await feedOf('/feeds/home.atom', ATOM);
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(`${ORIGIN}/feeds/home.atom`);
    expect(feed.items.map((item) => [item.id, item.url])).toEqual([
      [`tag:127.0.0.1,2026:article:${story}:en`, `${ORIGIN}/articles/river-rises`],
      [expect.stringMatching(/^tag:127\.0\.0\.1,2026:article:/), `${ORIGIN}/articles/${DEMO_SLUG}`],
    ]);
    expect(feed.items[0].authors[0]).toMatchObject({ name: 'Desk Reporter', url: `${ORIGIN}/authors/desk-reporter` });
    expect(feed.items[0].media[0].url).toMatch(new RegExp(`^${ORIGIN}/uploads/`));
  });

  it('with ?full=1 carries each story’s body as HTML, its images absolute', async () => {
    const { feed } = await feedOf('/feeds/home.xml?full=1', RSS);
    const content = feed.items[0].content as string;
    expect(content).toContain('Paragraph 1.');
    expect(content).not.toMatch(/(src|href)="\/(?!\/)/);
    const atom = (await feedOf('/feeds/home.atom?full=true', ATOM)).feed;
    expect(atom.items[0].content).toContain('Paragraph 2.');
  });

  it('refuses a full= it cannot read with a 400, and a file it does not have with a 404, in Strapi’s error shape', async () => {
    const bad = await get('/feeds/home.xml?full=yes').expect(400);
    expect(bad.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: ['full'] }] } } });
    for (const path of ['/feeds/home.json', '/feeds/front.xml', '/feeds/home', '/feeds/people/x.xml', '/feeds/sections/Not_A_Slug.xml']) {
      const res = await get(path).expect(404);
      expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
  });
});

describe('a section’s, tag’s and author’s feeds', () => {
  it('carry their own stories, titled by the list', async () => {
    const section = (await feedOf('/feeds/sections/asia.xml', RSS)).feed;
    expect(section.title).toBe('Asia | Newsroom');
    expect(section.url).toBe(`${ORIGIN}/sections/asia`);
    expect(section.items.map((item) => item.url)).toContain(`${ORIGIN}/articles/river-rises`);
    const byTag = (await feedOf('/feeds/tags/floods.atom', ATOM)).feed;
    expect(byTag.title).toBe('Floods | Newsroom');
    expect(byTag.items.map((item) => item.url)).toEqual([`${ORIGIN}/articles/river-rises`]);
    const byAuthor = (await feedOf('/feeds/authors/desk-reporter.xml', RSS)).feed;
    expect(byAuthor.items.map((item) => item.url)).toEqual([`${ORIGIN}/articles/river-rises`]);
  });

  it('are a 404 for a section, tag, author or locale the newsroom does not have', async () => {
    for (const path of ['/feeds/sections/nowhere.xml', '/feeds/tags/nothing.atom', '/feeds/authors/nobody.xml', '/de/feeds/home.xml', '/fa-AF/feeds/tags/nothing.xml']) {
      const res = await get(path).expect(404);
      expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
  });

  it('exist under each locale, in its language and addresses', async () => {
    const { feed } = await feedOf('/fa-AF/feeds/sections/asia.xml', RSS);
    expect(feed.language).toBe('fa-AF');
    expect(feed.url).toBe(`${ORIGIN}/fa-AF/sections/asia`);
    expect(feed.self).toBe(`${ORIGIN}/fa-AF/feeds/sections/asia.xml`);
    // The demo's Dari translation is the Asia section's one story in Dari: its address and words are Dari's.
    expect(feed.items.map((item) => item.url)).toEqual([`${ORIGIN}/fa-AF/articles/${DEMO_SLUG}`]);
    expect(feed.items[0].description).toContain('ترجمهٔ نمایشی');
  });

  it('describe the home front in its language', async () => {
    expect((await feedOf('/feeds/home.xml', RSS)).feed.description).toMatch(/^The latest stories from /);
    const { feed } = await feedOf('/fa-AF/feeds/home.atom', ATOM);
    expect(feed.language ?? 'fa-AF').toBe('fa-AF');
    expect(feed.description).toMatch(/^تازه‌ترین گزارش‌های /);
  });

  it('are named in the head of their list pages', async () => {
    for (const [page, feed] of [
      ['/', '/feeds/home'],
      ['/sections/asia', '/feeds/sections/asia'],
      ['/tags/floods', '/feeds/tags/floods'],
      ['/authors/desk-reporter', '/feeds/authors/desk-reporter'],
      ['/fa-AF/sections/asia', '/fa-AF/feeds/sections/asia'],
    ]) {
      const html = (await get(page).expect(200)).text;
      expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${ORIGIN}${feed}\\.xml">`));
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml" title="`);
      expect(html).toContain(`href="${ORIGIN}${feed}.atom">`);
    }
  });
});

describe('caching', () => {
  it('answers a matching If-None-Match with 304, and a publish or unpublish drops the feed', async () => {
    const first = await get('/feeds/tags/floods.xml').expect(200);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    await get('/feeds/tags/floods.xml').set('If-None-Match', etag).expect(304);
    expect((await get('/feeds/tags/floods.xml').expect(200)).headers['x-cache']).toBe('HIT');

    const second = await makeArticle(app, { slug: 'river-falls', title: 'The river falls', tags: [tag], paragraphs: 1 });
    const after = await get('/feeds/tags/floods.xml').set('If-None-Match', etag).expect(200);
    expect(parseFeed(after.text).items.map((item) => item.url)).toEqual([`${ORIGIN}/articles/river-falls`, `${ORIGIN}/articles/river-rises`]);

    await app.strapi.documents('api::article.article').unpublish({ documentId: second, locale: 'en' });
    const pulled = parseFeed((await get('/feeds/tags/floods.xml').expect(200)).text);
    expect(pulled.items.map((item) => item.url)).toEqual([`${ORIGIN}/articles/river-rises`]);
  });

  it('keeps a story’s id when its address changes, so readers are not told of it twice', async () => {
    const before = parseFeed((await get('/feeds/authors/desk-reporter.atom').expect(200)).text).items[0];
    const articles = app.strapi.documents('api::article.article');
    await articles.update({ documentId: story, locale: 'en', data: { slug: 'river-rises-again' } } as never);
    await articles.publish({ documentId: story, locale: 'en' });
    const after = parseFeed((await get('/feeds/authors/desk-reporter.atom').expect(200)).text).items[0];
    expect(after.url).toBe(`${ORIGIN}/articles/river-rises-again`);
    expect(after.id).toBe(before.id);
  });
});

describe('the public origin', () => {
  it('is never the request’s Host or X-Forwarded-Host: not in feeds, list pages, the article page or the assembled article', async () => {
    const evil = (path: string) => get(path).set('Host', 'evil.example').set('X-Forwarded-Host', 'evil.example').set('X-Forwarded-Proto', 'https');
    for (const path of ['/feeds/home.xml?full=1', '/feeds/sections/asia.atom', '/', '/sections/asia', '/tags/floods', `/articles/${DEMO_SLUG}`, `/api/articles/${DEMO_SLUG}/assembled`]) {
      const res = await evil(path).expect(200);
      expect(`${res.text}${JSON.stringify(res.headers)}`).not.toContain('evil.example');
    }
    expect((await evil(`/articles/${DEMO_SLUG}`).expect(200)).text).toContain(`<link rel="canonical" href="${ORIGIN}/articles/${DEMO_SLUG}">`);
  });
});
