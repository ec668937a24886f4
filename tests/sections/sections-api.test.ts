import { bootApp, type TestApp } from '../helpers/app';
import { allPages as walkPages, queriesOf as countQueries } from '../helpers/queries';
import { addComment } from '../helpers/articles';
import { listedArticle, sectionId as sectionOf } from '../helpers/sections';

/**
 * GET /api/sections and GET /api/sections/:slug/articles: the tree in each locale, a section's
 * front (its subsections' articles too) a keyset page at a time, strict queries, flat cost.
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

const sectionId = (slug: string) => sectionOf(app, slug);

/** An article in a section (primary, or further), published unless asked. */
const articleIn = (slug: string, options: { section: string; further?: string[]; publish?: boolean }) =>
  listedArticle(app, slug, { section: options.section, sections: options.further, publish: options.publish });

const list = async (slug: string, query = '') => (await app.http().get(`/api/sections/${slug}/articles${query}`).expect(200)).body;

/** Every page of a section's front, following nextCursor. */
const allPages = (slug: string, pageSize: number) =>
  walkPages<{ data: Array<{ slug: string; publishedAt: string }>; meta: { nextCursor: string | null } }>((cursor) =>
    list(slug, `?pageSize=${pageSize}${cursor ? `&cursor=${cursor}` : ''}`)
  );

const queriesOf = (work: () => Promise<unknown>) => countQueries(app, work);

describe('the sections tree', () => {
  it('nests Asia under World, named in the locale asked, the default name where there is no translation', async () => {
    const world = await sectionId('world');
    await sections().create({ locale: 'en', data: { name: 'Business', slug: 'business', order: 1 } });
    await sections().create({ locale: 'en', data: { name: 'Africa', slug: 'africa', order: 0, parent: world } });
    // i18n keeps a uid per locale version: a translation repeats the address.
    await sections().update({ documentId: world, locale: 'fa-AF', data: { name: 'جهان', slug: 'world', description: 'خبرهای جهان' } });

    const en = (await app.http().get('/api/sections').expect(200)).body;
    expect(en.data.map((s: { slug: string }) => s.slug)).toEqual(['world', 'business']);
    expect(en.data[0]).toMatchObject({ name: 'World', slug: 'world', order: 0 });
    // Same order, then by name: Africa before Asia.
    expect(en.data[0].children.map((s: { name: string; children: unknown[] }) => [s.name, s.children])).toEqual([
      ['Africa', []],
      ['Asia', []],
    ]);

    const fa = (await app.http().get('/api/sections?locale=FA-af').expect(200)).body;
    expect(fa.data[0]).toMatchObject({ name: 'جهان', slug: 'world', description: 'خبرهای جهان' });
    expect(fa.data[0].children.map((s: { name: string; slug: string }) => s.slug)).toEqual(['africa', 'asia']);
    // Asia has its Dari name from the demo; Africa has none, so it keeps the default locale's.
    expect(fa.data[0].children.map((s: { name: string }) => s.name)).toEqual(['Africa', 'آسیا']);
  });

  it('is a 404 for an unknown locale, a 400 for a repeated one, in Strapi’s error shape', async () => {
    const unknown = await app.http().get('/api/sections?locale=xx').expect(404);
    expect(unknown.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    const repeated = await app.http().get('/api/sections?locale=en&locale=fa-AF').expect(400);
    expect(repeated.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { errors: [{ path: ['locale'] }] } });
  });
});

describe('a section front', () => {
  it('lists the demo article under Asia and under World, as a teaser', async () => {
    const asia = await list('asia');
    expect(asia.meta.section).toMatchObject({ name: 'Asia', slug: 'asia' });
    const demo = asia.data.find((t: { slug: string }) => t.slug.startsWith('evidence'));
    expect(demo).toMatchObject({
      locale: 'en',
      headline: expect.stringContaining('al-Qaeda'),
      path: `/articles/${demo.slug}`,
      section: { name: 'Asia', slug: 'asia' },
      byline: [{ name: 'Sulaiman', slug: 'sulaiman' }],
      heroImage: { url: expect.stringMatching(/^\/uploads\//), alt: expect.any(String), formats: expect.any(Object) },
      commentCount: expect.any(Number),
    });
    expect(Date.parse(demo.publishedAt)).not.toBeNaN();
    expect(Date.parse(demo.lastPublishedAt)).toBeGreaterThanOrEqual(Date.parse(demo.publishedAt));
    expect((await list('world')).data.map((t: { slug: string }) => t.slug)).toContain(demo.slug);
    expect((await list('business')).data).toEqual([]);
  });

  it('lists newest first, in pages that do not overlap and end with a null cursor; drafts and unpublished articles stay out', async () => {
    const africa = await sectionId('africa');
    const business = await sectionId('business');
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      await articleIn(`africa-${i}`, { section: africa });
      made.push(`africa-${i}`);
    }
    await articleIn('africa-draft', { section: africa, publish: false });
    const gone = await articleIn('africa-unpublished', { section: africa });
    await articles().unpublish({ documentId: gone, locale: 'en' });
    // Primary section Business, further section Africa: listed under Africa and World too.
    const further = await articleIn('business-and-africa', { section: business, further: [africa] });
    await addComment(app, further);
    await addComment(app, further);
    made.push('business-and-africa');

    const pages = await allPages('africa', 3);
    expect(pages.map((p) => p.data.length)).toEqual([3, 3, 2]);
    expect(pages[pages.length - 1].meta.nextCursor).toBeNull();
    const slugs = pages.flatMap((p) => p.data.map((t) => t.slug));
    expect(slugs).toEqual([...made].reverse());
    const times = pages.flatMap((p) => p.data.map((t) => Date.parse(t.publishedAt)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const teaser = (await list('africa', '?pageSize=1')).data[0];
    expect(teaser).toMatchObject({ slug: 'business-and-africa', section: { slug: 'business' }, commentCount: 2 });
    const world = (await list('world', '?pageSize=50')).data.map((t: { slug: string }) => t.slug);
    expect(world).toEqual(expect.arrayContaining(made));
    expect(world).not.toContain('africa-draft');
    expect(world).not.toContain('africa-unpublished');
  });

  it('lists a translation under its original’s sections, linked to its own page', async () => {
    const africa = await sectionId('africa');
    const documentId = await articleIn('africa-translated', { section: africa });
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'ترجمه', slug: 'africa-translated' } });
    await articles().publish({ documentId, locale: 'fa-AF' });
    const fa = await list('africa', '?locale=fa-AF');
    expect(fa.meta.section).toMatchObject({ slug: 'africa' });
    expect(fa.data).toEqual([expect.objectContaining({ headline: 'ترجمه', locale: 'fa-AF', path: '/fa-AF/articles/africa-translated' })]);
  });

  it('answers 404 and 400 in Strapi’s error shape', async () => {
    for (const path of ['/api/sections/nowhere/articles', '/api/sections/asia/articles?locale=xx', '/api/sections/Not%20A%20Slug/articles']) {
      const response = await app.http().get(path).expect(404);
      expect(response.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
    const forged = Buffer.from(JSON.stringify({ createdAt: 'yesterday', id: 1 })).toString('base64url');
    const bad: Array<[string, string]> = [
      ['?cursor=not-a-cursor', 'cursor'],
      [`?cursor=${forged}`, 'cursor'],
      ['?pageSize=0', 'pageSize'],
      ['?pageSize=51', 'pageSize'],
      ['?pageSize=2.5', 'pageSize'],
      ['?pageSize=ten', 'pageSize'],
      ['?pageSize=5&pageSize=6', 'pageSize'],
      ['?locale[]=en', 'locale'],
    ];
    for (const [query, field] of bad) {
      const response = await app.http().get(`/api/sections/asia/articles${query}`).expect(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: [field] }] } } });
    }
  });

  it('costs the same number of queries for a page of 5 and a page of 50', async () => {
    const africa = await sectionId('africa');
    for (let i = 0; i < 45; i += 1) await articleIn(`bulk-${i}`, { section: africa });
    await list('world', '?pageSize=4'); // locales remembered; the pages counted below are cold (cache misses)
    const five = await queriesOf(async () => expect((await list('world', '?pageSize=5')).data).toHaveLength(5));
    const fifty = await queriesOf(async () => expect((await list('world', '?pageSize=50')).data).toHaveLength(50));
    // eslint-disable-next-line no-console
    console.log(`GET /api/sections/world/articles: ${five.length} queries for 5 teasers, ${fifty.length} for 50`);
    expect(five.length).toBeGreaterThan(0);
    expect(fifty.length).toBe(five.length);
  });
});
