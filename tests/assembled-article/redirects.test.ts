import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';
import { REDIRECTS } from '../../src/api/article/redirects/table';

/**
 * Addresses never break: an article's old slug (changed after publication, on any write path)
 * answers 301 to its current address, for the assembled article and the reader page, in every
 * locale; chains collapse; an article given an old slug answers there itself; slugs of articles
 * never published leave nothing behind; an unknown slug is still a 404.
 */

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await bootApp();
  token = await createApiToken(app);
});
afterAll(async () => {
  await app?.close();
});

const articles = () => app.strapi.documents('api::article.article');
const assembled = (slug: string, query = '') => app.http().get(`/api/articles/${slug}/assembled${query}`);
const reader = (path: string) => app.http().get(path);

/** The recorded redirects, slug → document. */
const redirects = async (): Promise<Record<string, string>> => {
  const schema = app.strapi.db.getSchemaName();
  const table = schema ? app.strapi.db.connection(REDIRECTS).withSchema(schema) : app.strapi.db.connection(REDIRECTS);
  const rows = (await table.select('slug', 'document_id')) as Array<{ slug: string; document_id: string }>;
  return Object.fromEntries(rows.map((row) => [row.slug, row.document_id]));
};

/** Moves an article's slug through the document service: the draft, then publishing it. */
const moveByDocumentService = async (documentId: string, slug: string) => {
  await articles().update({ documentId, locale: 'en', data: { slug } } as never);
  await articles().publish({ documentId, locale: 'en' });
};

/** Moves an article's slug through REST with an API token, publishing in the same request. */
const moveByRest = async (documentId: string, slug: string) => {
  await app.http().put(`/api/articles/${documentId}?status=published`).set('Authorization', `Bearer ${token}`).send({ data: { slug } }).expect(200);
};

const expectMoved = async (res: { status: number; headers: Record<string, string> }, location: string) => {
  expect(res.status).toBe(301);
  expect(res.headers.location).toBe(location);
  expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
};

describe('an old slug answers 301 to the current address', () => {
  let documentId: string;

  beforeAll(async () => {
    documentId = await makeArticle(app, { slug: 'old-address' });
    // A translation: the slug is shared by every locale.
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'نشانی کهنه', slug: 'old-address' } } as never);
    await articles().publish({ documentId, locale: 'fa-AF' });
    await assembled('old-address').expect(200);
    await assembled('old-address', '?locale=fa-AF').expect(200);
    await moveByDocumentService(documentId, 'new-address');
    // Strapi keeps each locale version's slug as written: the translation is moved and published too.
    await articles().update({ documentId, locale: 'fa-AF', data: { slug: 'new-address' } } as never);
    await articles().publish({ documentId, locale: 'fa-AF' });
  });

  it('records the old slug for the document', async () => {
    expect(await redirects()).toMatchObject({ 'old-address': documentId });
  });

  it('the assembled article, in the default locale and in a translation, the query kept', async () => {
    await expectMoved(await assembled('old-address'), '/api/articles/new-address/assembled');
    await expectMoved(await assembled('old-address', '?locale=fa-AF'), '/api/articles/new-address/assembled?locale=fa-AF');
    await expectMoved(await assembled('old-address', '?locale=en&utm_source=mail'), '/api/articles/new-address/assembled?locale=en&utm_source=mail');
    const now = await assembled('new-address', '?locale=fa-AF').expect(200);
    expect(now.body.data).toMatchObject({ slug: 'new-address', locale: 'fa-AF' });
  });

  it('the reader page, in the default locale and in a translation', async () => {
    await expectMoved(await reader('/articles/old-address'), '/articles/new-address');
    await expectMoved(await reader('/fa-AF/articles/old-address'), '/fa-AF/articles/new-address');
    await expectMoved(await reader('/fa-af/articles/old-address?ref=x'), '/fa-AF/articles/new-address?ref=x');
    await reader('/fa-AF/articles/new-address').expect(200);
  });

  it('a redirect is never kept in the page cache: asked twice, still a 301 with no X-Cache', async () => {
    const first = await assembled('old-address');
    const second = await assembled('old-address');
    expect([first.status, second.status]).toEqual([301, 301]);
    expect(second.headers['x-cache']).toBeUndefined();
  });

  it('a locale the document has no published version in is a 404', async () => {
    const res = await assembled('old-address', '?locale=ps').expect(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    await reader('/ps/articles/old-address').expect(404);
  });
});

describe('every write path, chains, and addresses taken back', () => {
  it('a REST update with an API token records the old slug; A→B→C leaves A and B both leading to C', async () => {
    const documentId = await makeArticle(app, { slug: 'chain-a' });
    await moveByRest(documentId, 'chain-b');
    await expectMoved(await assembled('chain-a'), '/api/articles/chain-b/assembled');
    await moveByDocumentService(documentId, 'chain-c');
    await expectMoved(await assembled('chain-a'), '/api/articles/chain-c/assembled');
    await expectMoved(await assembled('chain-b'), '/api/articles/chain-c/assembled');
    await expectMoved(await reader('/articles/chain-a'), '/articles/chain-c');
    expect(await redirects()).toMatchObject({ 'chain-a': documentId, 'chain-b': documentId });
  });

  it('until the new slug is published, the old address still answers itself', async () => {
    const documentId = await makeArticle(app, { slug: 'not-yet-moved' });
    await articles().update({ documentId, locale: 'en', data: { slug: 'moved-later' } } as never);
    await assembled('not-yet-moved').expect(200);
    await articles().publish({ documentId, locale: 'en' });
    await expectMoved(await assembled('not-yet-moved'), '/api/articles/moved-later/assembled');
  });

  it('a draft-only article’s slug changes record nothing', async () => {
    const documentId = await makeArticle(app, { slug: 'draft-first', publish: false });
    await articles().update({ documentId, locale: 'en', data: { slug: 'draft-second' } } as never);
    await moveByRest(documentId, 'draft-third');
    expect(Object.keys(await redirects())).not.toContain('draft-first');
    expect(Object.keys(await redirects())).not.toContain('draft-second');
    await assembled('draft-first').expect(404);
    await assembled('draft-third').expect(200);
  });

  it('a slug change of a never-published article leaves no redirect', async () => {
    const documentId = await makeArticle(app, { slug: 'never-out', publish: false });
    await articles().update({ documentId, locale: 'en', data: { slug: 'never-out-renamed' } } as never);
    expect(Object.keys(await redirects())).not.toContain('never-out');
    await assembled('never-out').expect(404);
    await reader('/articles/never-out').expect(404);
  });

  it('a new article given an old slug answers there itself, and the redirect is gone', async () => {
    const moving = await makeArticle(app, { slug: 'taken-back' });
    await moveByDocumentService(moving, 'left-behind');
    await expectMoved(await assembled('taken-back'), '/api/articles/left-behind/assembled');

    // A draft taking the slug frees nothing yet: the old address still leads to the moved article.
    const newcomer = await makeArticle(app, { slug: 'taken-back', title: 'A new story', publish: false });
    await expectMoved(await assembled('taken-back'), '/api/articles/left-behind/assembled');
    await articles().publish({ documentId: newcomer, locale: 'en' });

    const res = await assembled('taken-back').expect(200);
    expect(res.body.data).toMatchObject({ slug: 'taken-back' });
    expect(newcomer).toEqual(expect.any(String));
    await reader('/articles/taken-back').expect(200);
    expect(Object.keys(await redirects())).not.toContain('taken-back');
    // Unpublished again, the address is simply not there: the moved article no longer claims it.
    await articles().unpublish({ documentId: newcomer, locale: 'en' });
    await assembled('taken-back').expect(404);
  });

  it('an unknown slug is still a 404 in Strapi’s error shape', async () => {
    const res = await assembled('no-such-address').expect(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError', message: expect.any(String) } });
    await reader('/articles/no-such-address').expect(404);
  });
});
