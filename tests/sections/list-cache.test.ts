import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';

/**
 * Fronts and lists are cached pages, like the article: ETag/304, purge keys per section, front,
 * author and tag, and a write drops exactly the fronts and lists that show, or should now show,
 * the article (News > Politics changes Politics, News and home, not Sport).
 */

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const sections = () => app.strapi.documents('api::section.section');
const articles = () => app.strapi.documents('api::article.article');
const fronts = () => app.strapi.documents('api::front.front');

interface Fixture {
  news: string;
  politics: string;
  sport: string;
  writer: string;
  topic: string;
  sportsStory: string;
}
let fixture: Fixture;

const story = async (slug: string, links: { section: string; byline?: string[]; tags?: string[] }, publish = true) => {
  const documentId = await makeArticle(app, { slug, paragraphs: 1, withMedia: false, publish: false });
  await articles().update({ documentId, locale: 'en', data: { section: links.section, byline: links.byline ?? [], tags: links.tags ?? [] } });
  if (publish) await articles().publish({ documentId, locale: 'en' });
  return documentId;
};

beforeAll(async () => {
  const news = (await sections().create({ locale: 'en', data: { name: 'News', slug: 'news', order: 1 } })).documentId;
  const politics = (await sections().create({ locale: 'en', data: { name: 'Politics', slug: 'politics', parent: news } })).documentId;
  const sport = (await sections().create({ locale: 'en', data: { name: 'Sport', slug: 'sport', order: 2 } })).documentId;
  const writer = (await app.strapi.documents('api::author.author').create({ data: { name: 'Hamid Writer', slug: 'hamid-writer' } })).documentId;
  const topic = (await app.strapi.documents('api::tag.tag').create({ data: { name: 'Parliament', slug: 'parliament' } })).documentId;
  await story('politics-earlier', { section: politics, byline: [writer], tags: [topic] });
  const sportsStory = await story('sport-earlier', { section: sport });
  fixture = { news, politics, sport, writer, topic, sportsStory };
});

const PAGES = {
  home: '/api/fronts/home',
  newsFront: '/api/fronts/news',
  politicsFront: '/api/fronts/politics',
  sportFront: '/api/fronts/sport',
  newsList: '/api/sections/news/articles',
  politicsList: '/api/sections/politics/articles',
  sportList: '/api/sections/sport/articles',
  author: '/api/authors/hamid-writer',
  authorList: '/api/authors/hamid-writer/articles',
  tagList: '/api/tags/parliament/articles',
  tree: '/api/sections',
} as const;
type PageName = keyof typeof PAGES;

/** Every page requested once more: which were still in the cache (HIT) and which were dropped (MISS). */
const cacheStates = async (): Promise<Record<PageName, string>> => {
  const states = {} as Record<PageName, string>;
  for (const name of Object.keys(PAGES) as PageName[]) {
    const response = await app.http().get(PAGES[name]).expect(200);
    states[name] = String(response.headers['x-cache']);
  }
  return states;
};
const warm = async () => {
  await cacheStates();
  expect(Object.values(await cacheStates())).toEqual(Object.values(PAGES).map(() => 'HIT'));
};
const dropped = (states: Record<PageName, string>) => (Object.keys(states) as PageName[]).filter((name) => states[name] === 'MISS').sort();

const slugsOf = async (path: string): Promise<string[]> => {
  const body = (await app.http().get(path).expect(200)).body;
  const items = Array.isArray(body.data) ? body.data : body.data.latest ?? body.data.articles;
  return items.map((item: { slug: string }) => item.slug);
};

describe('list pages in the cache', () => {
  it('answer 304 to their ETag and name what they show and follow as purge keys', async () => {
    for (const path of Object.values(PAGES)) {
      const first = await app.http().get(path).expect(200);
      expect(first.headers.etag).toMatch(/^"/);
      const again = await app.http().get(path).set('If-None-Match', first.headers.etag).expect(304);
      expect(again.headers['x-cache']).toBe('HIT');
    }
    const politics = await app.http().get(PAGES.politicsFront).expect(200);
    const keys = String(politics.headers['surrogate-key']).split(' ');
    expect(keys).toEqual(expect.arrayContaining([`section-${fixture.politics}`, `section-articles-${fixture.politics}`]));
    expect(String(politics.headers['cache-tag']).split(',')).toEqual(expect.arrayContaining([`section-articles-${fixture.politics}`]));
    const author = String((await app.http().get(PAGES.author).expect(200)).headers['surrogate-key']).split(' ');
    expect(author).toEqual(expect.arrayContaining([`author-${fixture.writer}`, `author-articles-${fixture.writer}`]));
    const tag = String((await app.http().get(PAGES.tagList).expect(200)).headers['surrogate-key']).split(' ');
    expect(tag).toEqual(expect.arrayContaining([`tag-${fixture.topic}`, `tag-articles-${fixture.topic}`]));
    const home = String((await app.http().get(PAGES.home).expect(200)).headers['surrogate-key']).split(' ');
    expect(home.some((key) => key.startsWith('front-'))).toBe(true);
  });

  it('a politics story published drops Politics, News, home, its author and tag, and leaves Sport', async () => {
    const draft = await story('politics-new', { section: fixture.politics, byline: [fixture.writer], tags: [fixture.topic] }, false);
    await warm();
    // A draft saved is in no list: nothing drops but what shows the article (nothing yet).
    await articles().update({ documentId: draft, locale: 'en', data: { title: 'Still a draft' } });
    expect(dropped(await cacheStates())).toEqual([]);

    await articles().publish({ documentId: draft, locale: 'en' });
    expect(dropped(await cacheStates())).toEqual(
      ['author', 'authorList', 'home', 'newsFront', 'newsList', 'politicsFront', 'politicsList', 'tagList'].sort()
    );
    for (const path of [PAGES.home, PAGES.newsFront, PAGES.politicsFront, PAGES.newsList, PAGES.politicsList, PAGES.author, PAGES.tagList]) {
      expect(await slugsOf(path)).toContain('politics-new');
    }
    expect(await slugsOf(PAGES.sportFront)).not.toContain('politics-new');

    // Unpublished: gone from the same pages, Sport still untouched.
    await warm();
    await articles().unpublish({ documentId: draft, locale: 'en' });
    const states = await cacheStates();
    expect(states.sportFront).toBe('HIT');
    expect(states.sportList).toBe('HIT');
    expect(states.politicsFront).toBe('MISS');
    for (const path of [PAGES.home, PAGES.politicsFront, PAGES.politicsList, PAGES.author, PAGES.tagList]) {
      expect(await slugsOf(path)).not.toContain('politics-new');
    }
  });

  it('a story moved from Sport to Politics drops both, and an edit drops the pages that show it', async () => {
    await warm();
    await articles().update({ documentId: fixture.sportsStory, locale: 'en', data: { section: fixture.politics } });
    await articles().publish({ documentId: fixture.sportsStory, locale: 'en' });
    const moved = await cacheStates();
    expect(moved.sportFront).toBe('MISS');
    expect(moved.sportList).toBe('MISS');
    expect(moved.politicsList).toBe('MISS');
    expect(await slugsOf(PAGES.sportList)).not.toContain('sport-earlier');
    expect(await slugsOf(PAGES.politicsList)).toContain('sport-earlier');

    await warm();
    await articles().update({ documentId: fixture.sportsStory, locale: 'en', data: { title: 'Moved and retitled' } });
    await articles().publish({ documentId: fixture.sportsStory, locale: 'en' });
    const states = await cacheStates();
    expect(states.politicsList).toBe('MISS');
    expect(states.sportList).toBe('HIT');
    const teaser = (await app.http().get(PAGES.politicsList).expect(200)).body.data.find((item: { slug: string }) => item.slug === 'sport-earlier');
    expect(teaser.headline).toBe('Moved and retitled');
  });

  it('a vote drops the article page, not the fronts and lists it is on', async () => {
    const articlePath = '/api/articles/politics-earlier/assembled';
    await app.http().get(articlePath).expect(200);
    await warm();
    expect((await app.http().get(articlePath).expect(200)).headers['x-cache']).toBe('HIT');
    await app.http().post('/api/articles/politics-earlier/reactions').set('X-Forwarded-For', '198.51.100.7').send({ data: { value: 'like' } }).expect(200);
    expect(dropped(await cacheStates())).toEqual([]);
    const page = await app.http().get(articlePath).expect(200);
    expect(page.headers['x-cache']).toBe('MISS');
    expect(page.body.data.reactions.likes).toBe(1);
  });

  it('an edited front, author, tag or section drops the pages that show it', async () => {
    await warm();
    const sportFront = await fronts().create({ data: { name: 'Sport front', section: fixture.sport, fill: 10 } });
    let states = await cacheStates();
    expect(states.sportFront).toBe('MISS');
    expect(states.politicsFront).toBe('HIT');
    expect((await app.http().get(PAGES.sportFront).expect(200)).body.meta.front.name).toBe('Sport front');

    await warm();
    await fronts().update({ documentId: sportFront.documentId, data: { name: 'Sport today' } });
    states = await cacheStates();
    expect(dropped(states)).toEqual(['sportFront']);

    await warm();
    await app.strapi.documents('api::author.author').update({ documentId: fixture.writer, data: { jobTitle: 'Political editor' } });
    states = await cacheStates();
    expect(states.author).toBe('MISS');
    expect(states.sportList).toBe('HIT');
    expect((await app.http().get(PAGES.author).expect(200)).body.data.jobTitle).toBe('Political editor');

    await warm();
    await sections().update({ documentId: fixture.politics, locale: 'en', data: { name: 'Politics and power' } });
    states = await cacheStates();
    expect(states.tree).toBe('MISS');
    expect(states.politicsList).toBe('MISS');
    expect((await app.http().get(PAGES.politicsList).expect(200)).body.meta.section.name).toBe('Politics and power');
  });
});
