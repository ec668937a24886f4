import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { signInAsAdminModerator } from '../helpers/moderators';
import { signInAsSuperAdmin } from '../helpers/auth';

/** The "Comment moderator" admin role, checked through the admin API the admin panel calls. */
let app: TestApp;
let moderator: { token: string; email: string };
let article: string;
const CM = '/content-manager/collection-types';

beforeAll(async () => {
  app = await bootApp();
  moderator = await signInAsAdminModerator(app);
  article = await makeArticle(app, { slug: 'admin-moderated' });
});
afterAll(async () => {
  await app?.close();
});

const as = (token: string) => ({
  get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`),
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${token}`),
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${token}`),
  del: (url: string) => app.http().delete(url).set('Authorization', `Bearer ${token}`),
});

describe('an admin-panel user with the "Comment moderator" role', () => {
  it('reads the comment list, e-mails included', async () => {
    await addComment(app, article, { moderationStatus: 'pending', body: 'In the admin queue.' });
    const res = await as(moderator.token).get(`${CM}/api::comment.comment?filters[moderationStatus][$eq]=pending`).expect(200);
    const row = res.body.results.find((c: { body: string }) => c.body === 'In the admin queue.');
    expect(row).toMatchObject({ moderationStatus: 'pending', authorEmail: 'secret-reader@example.org' });
  });

  it('approves a comment with a note, recorded in the history under their name', async () => {
    const id = await addComment(app, article, { moderationStatus: 'pending', body: 'Approve from the panel.' });
    const res = await as(moderator.token)
      .put(`${CM}/api::comment.comment/${id}`)
      .send({ moderationStatus: 'approved', moderationNote: 'Fine.' })
      .expect(200);
    expect(res.body.data.moderationStatus).toBe('approved');
    const event = await app.strapi.db.query('api::moderation-event.moderation-event').findOne({
      where: { comment: { documentId: id }, toStatus: 'approved' },
    });
    expect(event).toMatchObject({ fromStatus: 'pending', note: 'Fine.', actorType: 'admin', actor: expect.stringContaining(moderator.email) });
    const assembled = await app.http().get('/api/articles/admin-moderated/assembled').expect(200);
    expect(assembled.body.data.comments.items.map((c: { body: string }) => c.body)).toContain('Approve from the panel.');
  });

  it('cannot rewrite what a reader wrote', async () => {
    const id = await addComment(app, article, { body: 'My own words.' });
    await as(moderator.token).put(`${CM}/api::comment.comment/${id}`).send({ body: 'Words put in my mouth.', authorName: 'Someone' });
    const row = await app.strapi.db.query('api::comment.comment').findOne({ where: { documentId: id } });
    expect(row).toMatchObject({ body: 'My own words.', authorName: 'Reader' });
  });

  it('cannot create or delete comments', async () => {
    await as(moderator.token).post(`${CM}/api::comment.comment`).send({ body: 'x' }).expect(403);
    const id = await addComment(app, article);
    await as(moderator.token).del(`${CM}/api::comment.comment/${id}`).expect(403);
  });

  it.each(['api::image.image', 'api::quote.quote', 'api::person.person', 'api::comment-setting.comment-setting'])(
    'has no access to %s',
    async (uid) => {
      const kind = uid.includes('comment-setting') ? 'single-types' : 'collection-types';
      await as(moderator.token).get(`/content-manager/${kind}/${uid}`).expect(403);
    }
  );

  it("reads the articles' headlines and addresses only (to show a comment's article), nothing else of them", async () => {
    const res = await as(moderator.token).get(`${CM}/api::article.article?locale=en`).expect(200);
    const fields = new Set(res.body.results.flatMap((row: object) => Object.keys(row)));
    expect(fields).toContain('title');
    for (const hidden of ['body', 'summary', 'dateline', 'byline', 'section', 'embargoUntil', 'scheduleProblem']) expect(fields).not.toContain(hidden);
  });

  it('cannot edit or publish the article', async () => {
    await as(moderator.token).put(`${CM}/api::article.article/${article}?locale=en`).send({ title: 'Hijacked' }).expect(403);
    await as(moderator.token).post(`${CM}/api::article.article/${article}/actions/publish?locale=en`).send({}).expect(403);
  });
});

describe('editors', () => {
  it('keep full content rights', async () => {
    const token = await signInAsSuperAdmin(app);
    await as(token).get(`${CM}/api::article.article?locale=en`).expect(200);
    await as(token).get(`/content-manager/single-types/api::comment-setting.comment-setting`).expect(200);
  });
});
