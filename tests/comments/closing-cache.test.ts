import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';

/**
 * The comment settings decide whether every article takes comments (automatic closing): an editor
 * changing them drops the cached pages, so a page does not keep saying "open".
 */
let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const enabled = async (slug: string) => (await app.http().get(`/api/articles/${slug}/assembled`).expect(200)).body.data.comments.enabled;

it('closing comments after N days shows on a cached page at once', async () => {
  const id = await makeArticle(app, { slug: 'cached-old-story' });
  await app.strapi.db.query('api::article.article').updateMany({
    where: { documentId: id },
    data: { firstPublishedAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) },
  });
  expect(await enabled('cached-old-story')).toBe(true);
  const cached = await app.http().get('/api/articles/cached-old-story/assembled').expect(200);
  expect(cached.headers['x-cache']).toBe('HIT');

  const settings = await app.strapi.documents('api::comment-setting.comment-setting').findFirst({});
  await app.strapi.documents('api::comment-setting.comment-setting').update({ documentId: settings!.documentId, data: { closeAfterDays: 7 } });
  expect(await enabled('cached-old-story')).toBe(false);
});
