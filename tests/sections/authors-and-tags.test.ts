import { bootApp, type TestApp } from '../helpers/app';
import { allPages as walkPages, queriesOf as countQueries } from '../helpers/queries';
import { createApiToken, signInAsSuperAdmin } from '../helpers/auth';
import { listedArticle } from '../helpers/sections';

/**
 * GET /api/authors/:slug/articles and GET /api/tags/:slug/articles: the author (photo, links, job
 * title) or the tag, and their published articles in the locale asked, newest first, a keyset page
 * at a time; the section list's strict queries and flat cost; an author link is http(s) or refused.
 */

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const articles = () => app.strapi.documents('api::article.article');
const authors = () => app.strapi.documents('api::author.author');
const tags = () => app.strapi.documents('api::tag.tag');

type Page = { data: Array<{ slug: string; publishedAt: string; locale: string; headline: string }>; meta: Record<string, unknown> & { nextCursor: string | null } };

/** An article by an author and/or with a tag, published unless asked. */
const articleWith = (slug: string, links: { byline?: string[]; tags?: string[]; publish?: boolean }) => listedArticle(app, slug, links);

const get = async (path: string): Promise<Page> => (await app.http().get(path).expect(200)).body;

/** Every page of a list, following nextCursor. */
const allPages = (path: string, pageSize: number): Promise<Page[]> =>
  walkPages((cursor) => get(`${path}?pageSize=${pageSize}${cursor ? `&cursor=${cursor}` : ''}`));

const queriesOf = (work: () => Promise<unknown>) => countQueries(app, work);

const demoImage = async (): Promise<string> => {
  const demo = await articles().findFirst({ locale: 'en', populate: { heroImage: true } });
  const image = (demo?.heroImage as { documentId: string } | undefined)?.documentId;
  if (!image) throw new Error('no demo image');
  return image;
};

/** Publishes the lists' shared fixture once: an author with 7 articles, a draft, an unpublished one and a translation. */
let writer: string;
let topic: string;
const made: string[] = [];
const fixture = async () => {
  if (writer) return;
  writer = (
    await authors().create({
      data: {
        name: 'Zarghona Writer',
        slug: 'zarghona-writer',
        jobTitle: 'Senior correspondent',
        bio: 'Reports from Herat.',
        photo: await demoImage(),
        links: [
          { label: 'Website', url: 'https://example.org/zarghona' },
          { label: 'Archive', url: 'http://example.net/a?b=c' },
        ],
      },
    })
  ).documentId;
  topic = (await tags().create({ data: { name: 'Elections', slug: 'elections', description: 'Votes and counts.' } })).documentId;
  for (let i = 0; i < 7; i += 1) {
    // Every other article tagged: the tag's list is a subset of the author's.
    await articleWith(`by-writer-${i}`, { byline: [writer], tags: i % 2 === 0 ? [topic] : [] });
    made.push(`by-writer-${i}`);
  }
  await articleWith('by-writer-draft', { byline: [writer], tags: [topic], publish: false });
  const gone = await articleWith('by-writer-unpublished', { byline: [writer], tags: [topic] });
  await articles().unpublish({ documentId: gone, locale: 'en' });
  // A translation: the byline and tags are read from the original's published version.
  const translated = await articleWith('by-writer-translated', { byline: [writer], tags: [topic] });
  made.push('by-writer-translated');
  await articles().update({ documentId: translated, locale: 'fa-AF', data: { title: 'ترجمه', slug: 'by-writer-translated' } });
  await articles().publish({ documentId: translated, locale: 'fa-AF' });
};

describe('an author page', () => {
  it('shows the demo author with their job title and link, their article as a teaser', async () => {
    const body = await get('/api/authors/sulaiman/articles');
    expect(body.meta.author).toEqual({
      name: 'Sulaiman',
      slug: 'sulaiman',
      jobTitle: 'Correspondent, Kabul',
      bio: null,
      photo: null,
      links: [{ label: 'Profile', url: 'https://example.org/authors/sulaiman' }],
    });
    expect(body.data).toEqual([expect.objectContaining({ slug: expect.stringMatching(/^evidence/), byline: [{ name: 'Sulaiman', slug: 'sulaiman' }] })]);
    expect(body.meta.nextCursor).toBeNull();
  });

  it('shows photo, links and job title, and lists newest first in pages that do not overlap; drafts, unpublished and other locales stay out', async () => {
    await fixture();
    const first = await get('/api/authors/zarghona-writer/articles');
    expect(first.meta.author).toMatchObject({
      name: 'Zarghona Writer',
      jobTitle: 'Senior correspondent',
      bio: 'Reports from Herat.',
      photo: { url: expect.stringMatching(/^\/uploads\//), alt: expect.any(String), width: expect.any(Number) },
      links: [
        { label: 'Website', url: 'https://example.org/zarghona' },
        { label: 'Archive', url: 'http://example.net/a?b=c' },
      ],
    });

    const pages = await allPages('/api/authors/zarghona-writer/articles', 3);
    expect(pages.map((p) => p.data.length)).toEqual([3, 3, 2]);
    expect(pages[pages.length - 1].meta.nextCursor).toBeNull();
    const slugs = pages.flatMap((p) => p.data.map((t) => t.slug));
    expect(slugs).toEqual([...made].reverse());
    expect(pages.flatMap((p) => p.data.map((t) => t.locale))).toEqual(slugs.map(() => 'en'));
    const times = pages.flatMap((p) => p.data.map((t) => Date.parse(t.publishedAt)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const fa = await get('/api/authors/zarghona-writer/articles?locale=fa-AF');
    expect(fa.data).toEqual([expect.objectContaining({ headline: 'ترجمه', locale: 'fa-AF', slug: 'by-writer-translated' })]);
  });
});

describe('a tag list', () => {
  it('shows the tag and its published articles newest first, in pages that do not overlap', async () => {
    await fixture();
    const tagged = ['by-writer-0', 'by-writer-2', 'by-writer-4', 'by-writer-6', 'by-writer-translated'].reverse();
    const pages = await allPages('/api/tags/elections/articles', 2);
    expect(pages[0].meta.tag).toEqual({ name: 'Elections', slug: 'elections', description: 'Votes and counts.' });
    expect(pages.map((p) => p.data.length)).toEqual([2, 2, 1]);
    expect(pages[pages.length - 1].meta.nextCursor).toBeNull();
    expect(pages.flatMap((p) => p.data.map((t) => t.slug))).toEqual(tagged);

    const fa = await get('/api/tags/elections/articles?locale=fa-AF');
    expect(fa.data.map((t) => [t.slug, t.locale])).toEqual([['by-writer-translated', 'fa-AF']]);

    const demo = await get('/api/tags/taliban/articles');
    expect(demo.meta.tag).toEqual({ name: 'Taliban', slug: 'taliban', description: expect.any(String) });
    expect(demo.data.map((t) => t.slug)).toEqual([expect.stringMatching(/^evidence/)]);
  });
});

describe('both lists', () => {
  it('answer 404 and 400 in Strapi’s error shape', async () => {
    const missing = [
      '/api/authors/nobody/articles',
      '/api/authors/sulaiman/articles?locale=xx',
      '/api/authors/Not%20A%20Slug/articles',
      '/api/tags/nothing/articles',
      '/api/tags/taliban/articles?locale=xx',
    ];
    for (const path of missing) {
      const response = await app.http().get(path).expect(404);
      expect(response.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
    const forged = Buffer.from(JSON.stringify({ createdAt: 'yesterday', id: 1 })).toString('base64url');
    const bad: Array<[string, string]> = [
      ['?cursor=not-a-cursor', 'cursor'],
      [`?cursor=${forged}`, 'cursor'],
      ['?pageSize=0', 'pageSize'],
      ['?pageSize=51', 'pageSize'],
      ['?pageSize=ten', 'pageSize'],
      ['?pageSize=5&pageSize=6', 'pageSize'],
      ['?locale=en&locale=fa-AF', 'locale'],
      ['?locale[]=en', 'locale'],
    ];
    for (const list of ['/api/authors/sulaiman/articles', '/api/tags/taliban/articles']) {
      for (const [query, field] of bad) {
        const response = await app.http().get(`${list}${query}`).expect(400);
        expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: [field] }] } } });
      }
    }
  });

  it('answer the author page at /api/authors/:slug, the core list and the tag routes as they were', async () => {
    const profile = (await app.http().get('/api/authors/sulaiman').expect(200)).body;
    expect(profile.data).toMatchObject({ slug: 'sulaiman', jobTitle: 'Correspondent, Kabul', articles: [{ slug: expect.any(String) }] });
    expect(profile.meta).toEqual({ nextCursor: null });
    const list = await get('/api/authors/sulaiman/articles');
    expect(profile.data.articles).toEqual(list.data);
    await app.http().get('/api/authors/nobody').expect(404);

    const token = await createApiToken(app, 'read-only');
    const found = await app.http().get('/api/authors?filters[slug][$eq]=sulaiman').set('Authorization', `Bearer ${token}`).expect(200);
    expect(found.body.data).toMatchObject([{ slug: 'sulaiman', jobTitle: 'Correspondent, Kabul' }]);
    const all = await app.http().get('/api/tags').set('Authorization', `Bearer ${token}`).expect(200);
    expect(all.body.data.map((t: { slug: string }) => t.slug)).toEqual(expect.arrayContaining(['taliban', 'afghanistan']));
  });

  it('cost the same number of queries for a page of 5 and a page of 50', async () => {
    await fixture();
    for (let i = 0; i < 45; i += 1) await articleWith(`bulk-${i}`, { byline: [writer], tags: [topic] });
    for (const list of ['/api/authors/zarghona-writer/articles', '/api/tags/elections/articles']) {
      await get(`${list}?pageSize=4`); // locales remembered; the pages counted below are cold (cache misses)
      const five = await queriesOf(async () => expect((await get(`${list}?pageSize=5`)).data).toHaveLength(5));
      const fifty = await queriesOf(async () => expect((await get(`${list}?pageSize=50`)).data).toHaveLength(50));
      // eslint-disable-next-line no-console
      console.log(`GET ${list}: ${five.length} queries for 5 teasers, ${fifty.length} for 50`);
      expect(five.length).toBeGreaterThan(0);
    expect(fifty.length).toBe(five.length);
    }
  });
});

describe('an author link', () => {
  it('is refused unless http(s), with a 400 ValidationError, and nothing is written', async () => {
    const token = await createApiToken(app, 'full-access');
    const linksBefore = await app.strapi.db.query('author.link').count({});
    const response = await app
      .http()
      .post('/api/authors')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Mallory', slug: 'mallory', links: [{ label: 'Safe', url: 'https://example.org' }, { label: 'Click', url: 'javascript:alert(1)' }] } })
      .expect(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: ['links'] }] } } });
    expect(await authors().findFirst({ filters: { slug: 'mallory' } })).toBeNull();
    expect(await app.strapi.db.query('author.link').count({})).toBe(linksBefore);

    // The same rule on an update and through the document service.
    const sulaiman = await authors().findFirst({ filters: { slug: 'sulaiman' } });
    await expect(
      authors().update({ documentId: sulaiman!.documentId, data: { links: [{ label: 'Data', url: 'data:text/html,hi' }] } })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect((await get('/api/authors/sulaiman/articles')).meta.author).toMatchObject({ links: [{ label: 'Profile', url: 'https://example.org/authors/sulaiman' }] });
  });
});

describe('the admin panel', () => {
  it('lets editors set an author’s job title, photo and links, and a tag’s description', async () => {
    const token = await signInAsSuperAdmin(app);
    const configuration = async (uid: string) =>
      (await app.http().get(`/content-manager/content-types/${uid}/configuration`).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
    const author = await configuration('api::author.author');
    const fields = (config: { contentType: { layouts: { edit: Array<Array<{ name: string }>> } } }) =>
      config.contentType.layouts.edit.flat().map((field) => field.name);
    expect(fields(author)).toEqual(expect.arrayContaining(['jobTitle', 'photo', 'links']));
    expect(author.contentType.metadatas.jobTitle.edit.label).toBe('Job title');
    expect(author.components['author.link'].layouts.edit.flat().map((field: { name: string }) => field.name)).toEqual(['label', 'url']);
    expect(fields(await configuration('api::tag.tag'))).toContain('description');
  });
});
