import { bootApp, type TestApp } from '../helpers/app';
import { allPages as walkPages, queriesOf as countQueries } from '../helpers/queries';
import { dropPrimarySection, listedArticle, sectionId as sectionOf } from '../helpers/sections';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * GET /api/fronts/home and /api/fronts/:sectionSlug: the editor's picks in order, then the latest
 * without them, a keyset page at a time; one home front and one front per section; flat cost.
 */

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const articles = () => app.strapi.documents('api::article.article');
const fronts = () => app.strapi.documents('api::front.front');

const sectionId = (slug: string) => sectionOf(app, slug);
const articleIn = (slug: string, section: string, publish = true) => listedArticle(app, slug, { section, publish });

interface Item {
  slug: string;
  documentId: string;
  locale: string;
  publishedAt: string;
}
interface FrontBody {
  data: { picks: Item[]; latest: Item[] };
  meta: { front: { name: string; section: { name: string; slug: string } | null }; nextCursor: string | null };
}

const front = async (address: string, query = ''): Promise<FrontBody> =>
  (await app.http().get(`/api/fronts/${address}${query}`).expect(200)).body;

const slugs = (items: Item[]) => items.map((item) => item.slug);

/** The automatic part of a front, every page, following nextCursor. */
const allLatest = (address: string, pageSize: number) =>
  walkPages<FrontBody>((cursor) => front(address, `?pageSize=${pageSize}${cursor ? `&cursor=${cursor}` : ''}`));

const queriesOf = (work: () => Promise<unknown>) => countQueries(app, work);

describe('fronts', () => {
  it('seeds a home front with the demo article picked, once', async () => {
    const home = await front('home');
    expect(home.meta).toMatchObject({ front: { name: 'Home', section: null }, nextCursor: null });
    expect(home.data.picks).toHaveLength(1);
    expect(home.data.picks[0]).toMatchObject({ locale: 'en', path: expect.stringMatching(/^\/articles\//) });
    expect(home.data.latest).toEqual([]);
    const { seedHomeFront } = await import('../../src/demo/seed');
    expect(await seedHomeFront(app.strapi, home.data.picks[0].documentId)).toBe(false);
    expect(await fronts().count({})).toBe(1);
  });

  it('answers a section without a front of its own: no picks, the latest 20', async () => {
    const asia = await front('asia');
    expect(asia.meta.front).toEqual({ name: 'Asia', section: { name: 'Asia', slug: 'asia' } });
    expect(asia.data.picks).toEqual([]);
    expect(asia.data.latest).toHaveLength(1);
  });

  it('shows the picks in the editor’s order, then the latest without them, unpublished picks left out', async () => {
    const world = await sectionId('world');
    const asia = await sectionId('asia');
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) made.push(await articleIn(`front-${i}`, i % 2 ? world : asia));
    const draft = await articleIn('front-draft', asia, false);
    const gone = await articleIn('front-unpublished', world);
    await articles().unpublish({ documentId: gone, locale: 'en' });

    const created = await fronts().create({ data: { name: 'World front', section: world, fill: 3, picks: [made[2], draft, made[5], gone, made[0]] } });
    const first = await front('world');
    expect(first.meta.front).toEqual({ name: 'World front', section: { name: 'World', slug: 'world' } });
    expect(slugs(first.data.picks)).toEqual(['front-2', 'front-5', 'front-0']);
    expect(slugs(first.data.latest)).toEqual(['front-6', 'front-4', 'front-3']);
    expect(first.meta.nextCursor).not.toBeNull();

    // The editor drags front-0 to the top.
    await fronts().update({ documentId: created.documentId, data: { picks: [made[0], made[2], draft, made[5], gone] } });
    expect(slugs((await front('world')).data.picks)).toEqual(['front-0', 'front-2', 'front-5']);

    // The automatic part pages to a null cursor, newest first, no overlap, never a pick.
    const pages = await allLatest('world', 2);
    expect(pages[pages.length - 1].meta.nextCursor).toBeNull();
    expect(pages.slice(1).every((page) => page.data.picks.length === 0)).toBe(true);
    const latest = pages.flatMap((page) => slugs(page.data.latest));
    expect(latest).toEqual(['front-6', 'front-4', 'front-3', 'front-1', expect.any(String)]);
    expect(new Set(latest).size).toBe(latest.length);
    const everything = [...slugs(pages[0].data.picks), ...latest];
    expect(new Set(everything).size).toBe(everything.length);
    expect(everything).not.toContain('front-draft');
    expect(everything).not.toContain('front-unpublished');
    const times = pages.flatMap((page) => page.data.latest.map((t) => Date.parse(t.publishedAt)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('shows only what is published in the locale asked', async () => {
    const [picked] = (await front('world')).data.picks;
    await articles().update({ documentId: picked.documentId, locale: 'fa-AF', data: { title: 'ترجمه', slug: picked.slug } });
    await articles().publish({ documentId: picked.documentId, locale: 'fa-AF' });
    const fa = await front('world', '?locale=fa-AF');
    expect(fa.data.picks).toEqual([expect.objectContaining({ documentId: picked.documentId, locale: 'fa-AF', headline: 'ترجمه' })]);
    // Besides the pick, the one story published in Dari: the demo's translation (src/demo/reference-article-fa.ts).
    expect(fa.data.latest.map((t: { slug: string; locale: string }) => [t.slug, t.locale])).toEqual([[DEMO_SLUG, 'fa-AF']]);
    expect(fa.meta.nextCursor).toBeNull();
  });

  it('refuses a second home front and a second front for a section on every write path, writing nothing', async () => {
    const world = await sectionId('world');
    const before = await fronts().count({});
    await expect(fronts().create({ data: { name: 'Another home' } })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(fronts().create({ data: { name: 'Another world', section: world } })).rejects.toMatchObject({ name: 'ValidationError' });
    const worldRow = await app.strapi.db.query('api::section.section').findOne({ where: { documentId: world, locale: 'en' } });
    await expect(app.strapi.db.query('api::front.front').create({ data: { name: 'Raw world', section: worldRow.id } })).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [{ path: ['section'] }] },
    });
    // Moving the home front onto World is the same conflict; moving it onto Asia is allowed.
    const home = await app.strapi.db.query('api::front.front').findOne({ where: { section: { id: { $null: true } } } });
    await expect(fronts().update({ documentId: home.documentId, data: { section: world } })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await fronts().count({})).toBe(before);
    expect((await front('home')).meta.front.name).toBe('Home');
    // Renaming a front keeps its section: not a conflict with itself.
    await fronts().update({ documentId: home.documentId, data: { name: 'Home page' } });
    expect((await front('home')).meta.front.name).toBe('Home page');
  });

  it('answers 404 and 400 in Strapi’s error shape', async () => {
    for (const path of ['/api/fronts/nowhere', '/api/fronts/home?locale=xx', '/api/fronts/world?locale=de', '/api/fronts/Not%20A%20Slug']) {
      const response = await app.http().get(path).expect(404);
      expect(response.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
    const bad: Array<[string, string]> = [
      ['?cursor=not-a-cursor', 'cursor'],
      ['?pageSize=0', 'pageSize'],
      ['?pageSize=51', 'pageSize'],
      ['?pageSize=5&pageSize=6', 'pageSize'],
      ['?locale=en&locale=fa-AF', 'locale'],
    ];
    for (const [query, field] of bad) {
      const response = await app.http().get(`/api/fronts/home${query}`).expect(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: [field] }] } } });
    }
  });

  it('costs the same number of queries for 5 and for 50 latest articles', async () => {
    const asia = await sectionId('asia');
    for (let i = 0; i < 45; i += 1) await articleIn(`bulk-${i}`, asia);
    await front('home', '?pageSize=4'); // locales remembered; the pages counted below are cold (cache misses)
    const five = await queriesOf(async () => expect((await front('home', '?pageSize=5')).data.latest).toHaveLength(5));
    const fifty = await queriesOf(async () => expect((await front('home', '?pageSize=50')).data.latest).toHaveLength(50));
    const worldFive = await queriesOf(async () => expect((await front('world', '?pageSize=5')).data.latest).toHaveLength(5));
    // eslint-disable-next-line no-console
    console.log(
      `GET /api/fronts/home: ${five.length} queries for 1 pick + 5 latest, ${fifty.length} for 1 pick + 50; /api/fronts/world (3 picks + 5): ${worldFive.length}`
    );
    expect(five.length).toBeGreaterThan(0);
    expect(fifty.length).toBe(five.length);
  });
});

describe('the home front’s latest', () => {
  it('leaves out articles without a primary section (rows from before publishing required one), further sections or not', async () => {
    const world = await sectionId('world');
    const asia = await sectionId('asia');
    await articleIn('home-with-section', asia);
    const old = await listedArticle(app, 'home-old-no-section', { section: world, sections: [asia] });
    const bare = await listedArticle(app, 'home-old-bare', { section: world });
    await dropPrimarySection(app, old);
    await dropPrimarySection(app, bare);

    const home = slugs((await front('home', '?pageSize=50')).data.latest);
    expect(home).toContain('home-with-section');
    expect(home).not.toContain('home-old-no-section');
    expect(home).not.toContain('home-old-bare');
    // A section's front still lists an article through its further sections.
    expect(slugs((await front('asia', '?pageSize=50')).data.latest)).toEqual(expect.arrayContaining(['home-with-section', 'home-old-no-section']));
  });
});
