import { bootApp, type TestApp } from '../helpers/app';
import { addComment, addReaction } from '../helpers/articles';
import { grantReaderPermissions, READER_ACTIONS } from '../../src/bootstrap/public-permissions';
import { DEMO_SLUG } from '../../src/demo/reference-article';

let app: TestApp;
let article: string;

beforeAll(async () => {
  app = await bootApp();
  article = (await app.strapi.documents('api::article.article').findFirst({ locale: 'en' }))!.documentId;
  await addComment(app, article, { body: 'Approved words', moderationStatus: 'approved' });
  await addComment(app, article, { body: 'Pending words', moderationStatus: 'pending' });
  await addReaction(app, article, 'like', 'voter-key-123');
});
afterAll(async () => {
  await app?.close();
});

describe('a reader without an account', () => {
  it('can read the assembled article and the published articles', async () => {
    await app.http().get(`/api/articles/${DEMO_SLUG}/assembled`).expect(200);
    const list = await app.http().get('/api/articles').expect(200);
    expect(list.body.data.map((a: { slug: string }) => a.slug)).toContain(DEMO_SLUG);
    await app.http().get(`/api/articles/${article}`).expect(200);
  });

  it('cannot write articles', async () => {
    await app.http().post('/api/articles').send({ data: { title: 'Hijack', slug: 'hijack' } }).expect(403);
    await app.http().put(`/api/articles/${article}`).send({ data: { title: 'Hijack' } }).expect(403);
    await app.http().delete(`/api/articles/${article}`).expect(403);
  });

  it.each(['comments', 'reactions', 'images', 'quotes', 'people', 'authors', 'tags'])('cannot list %s', async (type) => {
    const res = await app.http().get(`/api/${type}`).expect(403);
    expect(res.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });
  });

  it('cannot reach comments, e-mails or voter keys through article populate', async () => {
    const res = await app.http().get(`/api/articles?populate=*`).expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    const text = JSON.stringify(res.body);
    for (const secret of ['secret-reader@example.org', 'private note', 'Pending words', 'voter-key-123']) {
      expect(text).not.toContain(secret);
    }
  });

  it('cannot browse the media library or the users', async () => {
    await app.http().get('/api/upload/files').expect(403);
    await app.http().get('/api/users').expect(403);
  });
});

describe('bootstrap', () => {
  it('grants the public role exactly the reader actions, once, however often it runs', async () => {
    await grantReaderPermissions(app.strapi);
    await grantReaderPermissions(app.strapi);
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id }, select: ['action'] });
    const actions = permissions.map((p: { action: string }) => p.action).filter((a: string) => a.startsWith('api::'));
    expect(actions.sort()).toEqual([...READER_ACTIONS].sort());
  });

  it('offers English by default, with Dari, Pashto and Urdu', async () => {
    const locales = await app.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: { code: string }) => l.code).sort()).toEqual(['en', 'fa-AF', 'ps', 'ur']);
    expect(await app.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('en');
  });
});
