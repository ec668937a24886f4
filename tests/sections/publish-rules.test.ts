import { bootApp, type TestApp } from '../helpers/app';
import { seedAsDevelopment } from '../helpers/demo';
import { createApiToken, publishInAdminPanel, signInAsSuperAdmin } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';
import { dropPrimarySection, sectionId } from '../helpers/sections';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * An article's primary section is required to publish, on every write path (document service,
 * REST, the admin panel, strapi.db.query): a 400 ValidationError on `section`, nothing written.
 * Drafts may lack it. And a database seeded before sections gets the demo's sections and home front.
 */

let app: TestApp;
let token: string;
let editor: string;

beforeAll(async () => {
  app = await bootApp();
  token = await createApiToken(app, 'full-access');
  editor = await signInAsSuperAdmin(app);
});
afterAll(async () => {
  await app?.close();
});

const ARTICLE = 'api::article.article';
const articles = () => app.strapi.documents(ARTICLE);
const rowsOf = (slug: string, locale?: string) =>
  app.strapi.db.query(ARTICLE).findMany({ select: ['id', 'title', 'publishedAt'], where: { slug, ...(locale ? { locale } : {}) }, populate: { section: { select: ['id'] } } }) as Promise<
    Array<{ id: number; title: string; publishedAt: string | null; section: { id: number } | null }>
  >;
const publishedRows = async (slug: string) => (await rowsOf(slug)).filter((row) => row.publishedAt !== null);

/** A draft without a primary section: what an editor may save. */
const draft = (slug: string) => makeArticle(app, { slug, paragraphs: 1, withMedia: false, section: null, publish: false });

const refusal = { name: 'ValidationError', details: { errors: [{ path: ['section'] }] } };
const expect400 = (body: unknown) =>
  expect(body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: ['section'], message: expect.any(String) }] } } });

describe('publishing needs a primary section', () => {
  it('lets a draft go without one', async () => {
    await draft('draft-without-section');
    const rows = await rowsOf('draft-without-section');
    expect(rows).toEqual([expect.objectContaining({ publishedAt: null, section: null })]);
  });

  it('refuses the document service’s publish, publishing nothing; publishes once a section is chosen', async () => {
    const documentId = await draft('ds-publish');
    await expect(articles().publish({ documentId, locale: 'en' })).rejects.toMatchObject(refusal);
    expect(await publishedRows('ds-publish')).toEqual([]);

    await articles().update({ documentId, locale: 'en', data: { section: await sectionId(app, 'asia') } });
    await articles().publish({ documentId, locale: 'en' });
    expect(await publishedRows('ds-publish')).toEqual([expect.objectContaining({ section: expect.objectContaining({ id: expect.any(Number) }) })]);
  });

  it('refuses a REST create with status published, writing nothing', async () => {
    const response = await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Published at once', slug: 'rest-create' } })
      .expect(400);
    expect400(response.body);
    expect(await rowsOf('rest-create')).toEqual([]);
  });

  it('refuses publishing a draft through a REST update, keeping the draft as it was', async () => {
    const documentId = await draft('rest-update');
    const response = await app
      .http()
      .put(`/api/articles/${documentId}?status=published`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Edited and published' } })
      .expect(400);
    expect400(response.body);
    expect(await rowsOf('rest-update')).toEqual([expect.objectContaining({ title: 'Article rest-update', publishedAt: null })]);

    await app
      .http()
      .put(`/api/articles/${documentId}?status=published`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Edited and published', section: await sectionId(app, 'asia') } })
      .expect(200);
    expect(await publishedRows('rest-update')).toEqual([expect.objectContaining({ title: 'Edited and published' })]);
  });

  it('refuses the admin panel’s publish, publishing nothing', async () => {
    const documentId = await draft('admin-publish');
    const response = await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(400);
    expect400(response.body);
    expect(await publishedRows('admin-publish')).toEqual([]);
  });

  it('refuses strapi.db.query writing a published row without a section, writing nothing', async () => {
    await expect(
      app.strapi.db.query(ARTICLE).create({ data: { title: 'Raw', slug: 'raw-create', locale: 'en', publishedAt: new Date() } })
    ).rejects.toMatchObject(refusal);
    expect(await rowsOf('raw-create')).toEqual([]);

    // Publishing a draft row in place, and taking the section off a published row.
    await draft('raw-update');
    const [row] = await rowsOf('raw-update');
    await expect(app.strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { publishedAt: new Date() } })).rejects.toMatchObject(refusal);
    expect(await publishedRows('raw-update')).toEqual([]);

    await makeArticle(app, { slug: 'raw-unlink', paragraphs: 1, withMedia: false });
    const [published] = await publishedRows('raw-unlink');
    await expect(app.strapi.db.query(ARTICLE).update({ where: { id: published.id }, data: { section: null } })).rejects.toMatchObject(refusal);
    expect((await publishedRows('raw-unlink'))[0].section).not.toBeNull();
    // The draft's section may go: drafts need none.
    const draftRow = (await rowsOf('raw-unlink')).find((r) => r.publishedAt === null)!;
    await app.strapi.db.query(ARTICLE).update({ where: { id: draftRow.id }, data: { section: null } });
  });

  it('lets a translation be published under its original’s section (i18n keeps relations per locale)', async () => {
    const documentId = await makeArticle(app, { slug: 'translated', paragraphs: 1, withMedia: false });
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'ترجمه', slug: 'translated' } });
    await articles().publish({ documentId, locale: 'fa-AF' });
    expect(await publishedRows('translated')).toHaveLength(2);
  });
});

describe('a database seeded before sections', () => {
  const sections = () => app.strapi.db.query('api::section.section');
  const fronts = () => app.strapi.db.query('api::front.front');
  const STORE = { type: 'core', name: 'newsroom', key: 'demo-seeded' } as const;

  /** What the upgrade may touch: sections, fronts, the demo's and an editor's article rows and their sections. */
  const state = async () => ({
    sections: await sections().findMany({ select: ['documentId', 'slug', 'updatedAt'], orderBy: { id: 'asc' } }),
    fronts: await fronts().findMany({ select: ['documentId', 'name', 'updatedAt'], populate: { picks: { select: ['documentId'] } }, orderBy: { id: 'asc' } }),
    // The demo's English rows: its Dari translation (src/demo/reference-article-fa.ts) counts its original's section.
    demo: await rowsOf(DEMO_SLUG, 'en'),
    editors: await rowsOf('editors-own'),
  });

  /** As such a database is: the demo without a section, no sections, no fronts, the seeding remembered without sections. */
  const rewind = async () => {
    const demo = await articles().findFirst({ locale: 'en', filters: { slug: DEMO_SLUG } });
    await dropPrimarySection(app, demo!.documentId);
    for (const front of await fronts().findMany({ select: ['id'] })) await fronts().delete({ where: { id: front.id } });
    for (const section of await sections().findMany({ select: ['id'] })) await sections().delete({ where: { id: section.id } });
    const mark = (await app.strapi.store.get(STORE)) as Record<string, unknown>;
    await app.strapi.store.set({ ...STORE, value: { documentId: mark.documentId, at: mark.at } });
    return demo!.documentId;
  };


  it('gets World and Asia, the demo article in Asia and the home front, once; an editor’s article untouched', async () => {
    // An editor's published article, whose section is then lost with the sections.
    await makeArticle(app, { slug: 'editors-own', paragraphs: 1, withMedia: false });
    const demo = await rewind();
    expect(await sections().count()).toBe(0);

    await seedAsDevelopment(app);
    const after = await state();
    expect(after.sections.map((s: { slug: string }) => s.slug).sort()).toEqual(['asia', 'world']);
    const asia = await sections().findOne({ select: ['id'], where: { slug: 'asia' }, populate: { parent: { select: ['slug'] } } });
    expect(asia.parent.slug).toBe('world');
    expect(after.demo.length).toBe(2); // draft and published
    expect(after.demo.every((row) => row.section?.id === asia.id)).toBe(true);
    // The pick links the demo's rows (draft and published), all of one document.
    expect(after.fronts).toEqual([expect.objectContaining({ name: 'Home', picks: expect.arrayContaining([{ documentId: demo }]) })]);
    expect(new Set(after.fronts[0].picks.map((pick: { documentId: string }) => pick.documentId))).toEqual(new Set([demo]));
    expect(after.editors.every((row) => row.section === null)).toBe(true);
    expect((await app.http().get('/api/sections/asia/articles').expect(200)).body.data.map((t: { slug: string }) => t.slug)).toContain(DEMO_SLUG);

    // Twice: nothing more.
    await seedAsDevelopment(app);
    expect(await state()).toEqual(after);
    const { bringDemoUpToDate } = await import('../../src/demo/seed');
    expect(await bringDemoUpToDate(app.strapi, demo)).toBe(false);
    expect(await state()).toEqual(after);
  });

  it('is done by SEED_DEMO=true too, whenever something is missing', async () => {
    await rewind();
    const { seedDemoIfWanted } = await import('../../src/demo/seed');
    await seedDemoIfWanted(app.strapi);
    const after = await state();
    expect(after.sections).toHaveLength(2);
    expect(after.demo.every((row) => row.section !== null)).toBe(true);
    expect(after.fronts).toHaveLength(1);
    await seedDemoIfWanted(app.strapi);
    expect(await state()).toEqual(after);
  });
});
