import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken, publishInAdminPanel, signInAsEditor } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';
import { sectionId } from '../helpers/sections';
import { service } from '../../src/services';

/**
 * Embargo: nothing publishes an article version before its `embargoUntil`, on any write path (the
 * admin panel's Publish, REST with a token, the document service, strapi.db.query, the scheduler):
 * a 400 ValidationError on `embargoUntil` whose message names the time in UTC, nothing written.
 * A live story cannot be given a future embargo: the editor is told to unpublish first.
 */
let app: TestApp;
let editor: string;
let token: string;

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const EMBARGO = new Date('2031-03-04T05:06:07.000Z');
const NAMED = /embargoed until 2031-03-04T05:06:07Z \(UTC\)/;

beforeAll(async () => {
  app = await bootApp();
  await service(app.strapi, 'api::article.schedule').stop();
  editor = await signInAsEditor(app);
  token = await createApiToken(app);
});
afterAll(async () => {
  await app?.close();
});

const articles = () => app.strapi.documents(ARTICLE);
const rowsOf = (where: Record<string, unknown>) =>
  app.strapi.db.query(ARTICLE).findMany({ select: ['id', 'title', 'publishedAt', 'embargoUntil', 'updatedAt'], where, orderBy: { id: 'asc' } }) as Promise<
    Array<{ id: number; title: string; publishedAt: string | null; embargoUntil: string | null }>
  >;
const published = async (documentId: string) => (await rowsOf({ documentId })).filter((row) => row.publishedAt !== null);

/** A draft, ready to publish in every other way, under embargo. */
const embargoed = async (slug: string) => {
  const documentId = await makeArticle(app, { slug, paragraphs: 1, withMedia: false, publish: false });
  await articles().update({ documentId, locale: 'en', data: { embargoUntil: EMBARGO } } as never);
  return documentId;
};
const refusedBody = {
  data: null,
  error: { status: 400, name: 'ValidationError', message: expect.stringMatching(NAMED), details: { errors: [{ path: ['embargoUntil'], message: expect.stringMatching(NAMED) }] } },
};
const refusal = { name: 'ValidationError', message: expect.stringMatching(NAMED), details: { errors: [{ path: ['embargoUntil'] }] } };

describe('publishing before the embargo is refused on every write path, naming the time', () => {
  it('the admin panel’s Publish', async () => {
    const documentId = await embargoed('embargo-admin');
    const before = await rowsOf({ documentId });
    const res = await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(400);
    expect(res.body).toMatchObject(refusedBody);
    expect(await rowsOf({ documentId })).toEqual(before);
  });

  it('the admin panel’s save-and-publish of an edit', async () => {
    const documentId = await embargoed('embargo-admin-edit');
    const before = await rowsOf({ documentId });
    const res = await app
      .http()
      .post(`${CM}/${documentId}/actions/publish?locale=en`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ title: 'Edited and published' })
      .expect(400);
    expect(res.body).toMatchObject(refusedBody);
    expect(await rowsOf({ documentId })).toEqual(before);
  });

  it('REST with a token: a create with status published, and an update publishing', async () => {
    const res = await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Out too early', slug: 'embargo-rest-create', section: await sectionId(app, 'asia'), embargoUntil: EMBARGO.toISOString() } })
      .expect(400);
    expect(res.body).toMatchObject(refusedBody);
    expect(await rowsOf({ slug: 'embargo-rest-create' })).toEqual([]);

    const documentId = await embargoed('embargo-rest-update');
    const before = await rowsOf({ documentId });
    const update = await app
      .http()
      .put(`/api/articles/${documentId}?locale=en&status=published`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Changed and out' } })
      .expect(400);
    expect(update.body).toMatchObject(refusedBody);
    expect(await rowsOf({ documentId })).toEqual(before);
  });

  it('the document service: publish, and create or update with status published', async () => {
    const documentId = await embargoed('embargo-ds');
    await expect(articles().publish({ documentId, locale: 'en' })).rejects.toMatchObject(refusal);
    await expect(articles().update({ documentId, locale: 'en', status: 'published', data: { title: 'x' } } as never)).rejects.toMatchObject(refusal);
    expect(await published(documentId)).toEqual([]);
    expect((await rowsOf({ documentId }))[0].title).not.toBe('x');

    await expect(
      articles().create({ locale: 'en', status: 'published', data: { title: 'y', slug: 'embargo-ds-create', section: await sectionId(app, 'asia'), embargoUntil: EMBARGO } } as never)
    ).rejects.toMatchObject(refusal);
    expect(await rowsOf({ slug: 'embargo-ds-create' })).toEqual([]);
  });

  it('strapi.db.query: a published row created, or a draft row published in place', async () => {
    await expect(
      app.strapi.db.query(ARTICLE).create({ data: { title: 'Raw', slug: 'embargo-raw', locale: 'en', publishedAt: new Date(), embargoUntil: EMBARGO } })
    ).rejects.toMatchObject(refusal);
    expect(await rowsOf({ slug: 'embargo-raw' })).toEqual([]);

    const documentId = await embargoed('embargo-raw-update');
    const [row] = await rowsOf({ documentId });
    await expect(app.strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { publishedAt: new Date() } })).rejects.toMatchObject(refusal);
    expect(await published(documentId)).toEqual([]);
  });

  it('the scheduler: a due Publish at under an embargo cannot be saved, and an embargo added later is kept by the scheduler too', async () => {
    const documentId = await embargoed('embargo-scheduler');
    // Publish at before the embargo: refused at the save.
    await expect(articles().update({ documentId, locale: 'en', data: { publishAt: new Date(Date.now() - 1000) } } as never)).rejects.toMatchObject({
      details: { errors: [{ path: ['publishAt'] }] },
    });
    // Publish at the embargo's time: accepted; the scheduler publishes it only when due, as the rule allows.
    await articles().update({ documentId, locale: 'en', data: { publishAt: EMBARGO } } as never);
    const report = await service(app.strapi, 'api::article.schedule').tick();
    expect(report.published).not.toContainEqual({ documentId, locale: 'en' });
    expect(await published(documentId)).toEqual([]);
  });

  it('publishes once the embargo has passed', async () => {
    const documentId = await embargoed('embargo-lifted');
    await articles().update({ documentId, locale: 'en', data: { embargoUntil: new Date(Date.now() - 1000) } } as never);
    await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(200);
    expect(await published(documentId)).toHaveLength(1);
    await app.http().get('/api/articles/embargo-lifted/assembled').expect(200);
  });
});

describe('an embargo on a live story', () => {
  it('is refused while the story is live, telling the editor to unpublish first; accepted once unpublished', async () => {
    const documentId = await makeArticle(app, { slug: 'live-story', paragraphs: 1, withMedia: false });
    const before = await rowsOf({ documentId });
    const res = await app
      .http()
      .put(`${CM}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ embargoUntil: EMBARGO.toISOString() })
      .expect(400);
    expect(res.body).toMatchObject({
      error: { status: 400, name: 'ValidationError', message: expect.stringMatching(/unpublish it first.*2031-03-04T05:06:07Z/), details: { errors: [{ path: ['embargoUntil'] }] } },
    });
    expect(await rowsOf({ documentId })).toEqual(before);
    await app.http().get('/api/articles/live-story/assembled').expect(200);

    await articles().unpublish({ documentId, locale: 'en' });
    await app
      .http()
      .put(`${CM}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ embargoUntil: EMBARGO.toISOString() })
      .expect(200);
    await app.http().get('/api/articles/live-story/assembled').expect(404);
    await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(400);
  });

  it('leaves another locale alone: the embargo is per locale', async () => {
    const documentId = await makeArticle(app, { slug: 'two-languages', paragraphs: 1, withMedia: false });
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'دو زبان', embargoUntil: EMBARGO } } as never);
    await expect(articles().publish({ documentId, locale: 'fa-AF' })).rejects.toMatchObject(refusal);
    await app.http().get('/api/articles/two-languages/assembled?locale=en').expect(200);
    await app.http().get('/api/articles/two-languages/assembled?locale=fa-AF').expect(404);
  });
});
