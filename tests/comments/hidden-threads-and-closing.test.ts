import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';

/**
 * What readers see is what the counts say: a hidden comment hides its replies, and its thread
 * takes no new ones. An article past the newsroom's closing time says so everywhere.
 */
let app: TestApp;
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: { ...NO_RATE_LIMITS, ARTICLE_CACHE: 'false' } });
});
afterAll(async () => {
  await app?.close();
});

const post = (slug: string, data: object) =>
  asReader(app, newReaderAddress())
    .post(`/api/articles/${slug}/comments`)
    .send({ data: { authorName: 'Zahra', authorEmail: `z${Math.random()}@example.org`, body: `Hello ${Math.random()}`, ...data } });
const assembled = async (slug: string) => (await app.http().get(`/api/articles/${slug}/assembled`).expect(200)).body.data;
const setStatus = (documentId: string, moderationStatus: string) =>
  app.strapi.db.query(UID).update({ where: { documentId }, data: { moderationStatus } });

describe('a rejected parent leaves no ghost replies', () => {
  let parent: string;
  beforeAll(async () => {
    const article = await makeArticle(app, { slug: 'ghost-story' });
    parent = await addComment(app, article, { body: 'The parent.' });
    const child = await addComment(app, article, { parent, body: 'A reply.' });
    await addComment(app, article, { parent: child, body: 'A reply to the reply.' });
    await addComment(app, article, { body: 'Another top-level comment.' });
    await setStatus(parent, 'rejected');
  });

  it('counts only the comments readers see, in the list and in the assembled article', async () => {
    const listed = await app.http().get('/api/articles/ghost-story/comments').expect(200);
    expect(listed.body.data.map((c: { body: string }) => c.body)).toEqual(['Another top-level comment.']);
    expect(listed.body.meta.count).toBe(1);
    const article = await assembled('ghost-story');
    expect(article.comments.count).toBe(1);
    expect(article.structuredData.commentCount).toBe(1);
  });

  it('the reader page says one comment', async () => {
    const res = await app.http().get('/articles/ghost-story').expect(200);
    expect(res.text).not.toContain('A reply to the reply.');
    expect(res.text).toContain('id="comment-count">1<');
  });

  it('refuses replies anywhere under the hidden comment, writing nothing', async () => {
    const replies = (await app.strapi.db.query(UID).findMany({ where: { parent: { documentId: parent } } })) as Array<{ documentId: string }>;
    const before = await app.strapi.db.query(UID).count();
    const res = await post('ghost-story', { parent: replies[0].documentId }).expect(400);
    expect(res.body.error.details.errors[0].path).toEqual(['parent']);
    expect(await app.strapi.db.query(UID).count()).toBe(before);
  });
});

describe('auto-close is seen by readers', () => {
  beforeAll(async () => {
    const id = await makeArticle(app, { slug: 'stale-story' });
    await app.strapi.db.query('api::article.article').updateMany({
      where: { documentId: id },
      data: { firstPublishedAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) },
    });
    await makeArticle(app, { slug: 'recent-story' });
    await app.strapi.db.query('api::comment-setting.comment-setting').updateMany({ where: {}, data: { closeAfterDays: 7 } });
  });
  afterAll(async () => {
    await app.strapi.db.query('api::comment-setting.comment-setting').updateMany({ where: {}, data: { closeAfterDays: null } });
  });

  it('the assembled article says comments are closed past the closing time, open before it', async () => {
    expect((await assembled('stale-story')).comments.enabled).toBe(false);
    expect((await assembled('recent-story')).comments.enabled).toBe(true);
  });

  it('the reader page shows no form on a closed article, and posting is refused', async () => {
    const page = await app.http().get('/articles/stale-story').expect(200);
    expect(page.text).not.toContain('id="comment-form"');
    await post('stale-story', {}).expect(403);
    const open = await app.http().get('/articles/recent-story').expect(200);
    expect(open.text).toContain('id="comment-form"');
  });
});
