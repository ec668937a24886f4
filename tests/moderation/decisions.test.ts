import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { createApiToken } from '../helpers/auth';
import { signInAsModerator } from '../helpers/moderators';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';

/**
 * Decisions: only approve, reject and spam are actions; no write path stores another status; a
 * decision made with an API token is attributed to the token and clears the reported queue.
 */
let app: TestApp;
let article: string;
let moderator: { jwt: string };
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  article = await makeArticle(app, { slug: 'decided-story' });
  moderator = await signInAsModerator(app);
});
afterAll(async () => {
  await app?.close();
});

const statusOf = async (documentId: string) => (await app.strapi.db.query(UID).findOne({ where: { documentId } })).moderationStatus;
const bulk = (data: object) =>
  app.http().post('/api/moderation/comments/bulk').set('Authorization', `Bearer ${moderator.jwt}`).send({ data });

describe('the bulk action', () => {
  it.each(['valueOf', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])('refuses "%s", changing nothing', async (action) => {
    const id = await addComment(app, article, { moderationStatus: 'pending' });
    const res = await bulk({ ids: [id], action }).expect(400);
    expect(res.body.error.details.errors[0].path).toEqual(['action']);
    expect(await statusOf(id)).toBe('pending');
  });

  it('refuses unknown keys, naming them', async () => {
    const id = await addComment(app, article, { moderationStatus: 'pending' });
    const res = await bulk({ ids: [id], action: 'approve', status: 'approved' }).expect(400);
    expect(res.body.error.message).toContain('status');
    expect(await statusOf(id)).toBe('pending');
    const one = await app.http().post(`/api/moderation/comments/${id}/approve`).set('Authorization', `Bearer ${moderator.jwt}`).send({ data: { note: 'ok', by: 'x' } }).expect(400);
    expect(one.body.error.message).toContain('by');
  });
});

describe('no write path stores a status outside pending, approved, rejected, spam', () => {
  const odd = 'function valueOf() { [native code] }';
  it('strapi.db.query update, updateMany and create', async () => {
    const id = await addComment(app, article, { moderationStatus: 'pending' });
    await expect(app.strapi.db.query(UID).update({ where: { documentId: id }, data: { moderationStatus: odd } })).rejects.toThrow(/status/);
    await expect(app.strapi.db.query(UID).updateMany({ where: { documentId: id }, data: { moderationStatus: 'published' } })).rejects.toThrow(/status/);
    expect(await statusOf(id)).toBe('pending');
    const row = await app.strapi.db.query('api::article.article').findOne({ where: { documentId: article } });
    await expect(
      app.strapi.db.query(UID).create({ data: { article: row.id, authorName: 'A', authorEmail: 'a@example.org', body: 'x', moderationStatus: odd } })
    ).rejects.toThrow(/status/);
  });

  it('a raw SQL write, under every hook: the database refuses it too', async () => {
    const id = await addComment(app, article, { moderationStatus: 'pending' });
    const meta = app.strapi.db.metadata.get(UID);
    const row = await app.strapi.db.query(UID).findOne({ where: { documentId: id } });
    // The driver's error may come from another realm (a native module loaded once per jest run): compare messages.
    const refused = await app.strapi.db
      .connection(meta.tableName)
      .where({ id: row.id })
      .update({ moderation_status: odd })
      .then(() => null, (error: { message?: string }) => String(error?.message));
    expect(refused).toMatch(/moderation_status must be one of|comments_moderation_status_check/);
    await app.strapi.db.connection(meta.tableName).where({ id: row.id }).update({ moderation_status: 'spam' });
    expect(await statusOf(id)).toBe('spam');
  });
});

describe('a decision made with an API token', () => {
  it('is recorded with the token name and clears the reported queue', async () => {
    const id = await addComment(app, article, { body: 'Reported thrice.' });
    for (let i = 0; i < 3; i += 1) {
      await asReader(app, newReaderAddress()).post(`/api/comments/${id}/reports`).send({ data: { reason: 'abuse' } }).expect(201);
    }
    expect(await app.strapi.db.query(UID).findOne({ where: { documentId: id } })).toMatchObject({ moderationStatus: 'pending', reportCount: 3 });

    const token = await createApiToken(app);
    await app.http().put(`/api/comments/${id}`).set('Authorization', `Bearer ${token}`).send({ data: { moderationStatus: 'approved' } }).expect(200);

    const row = await app.strapi.db.query(UID).findOne({ where: { documentId: id }, populate: { history: true, reports: true } });
    expect(row.reportCount).toBe(0);
    expect((row.reports as Array<{ resolved: boolean }>).every((r) => r.resolved)).toBe(true);
    const last = (row.history as Array<{ toStatus: string; actor: string; actorType: string; id: number }>).sort((a, b) => a.id - b.id).at(-1)!;
    expect(last).toMatchObject({ toStatus: 'approved', actor: expect.stringMatching(/^API token "test-full-access-/), actorType: 'api-token' });
    const queue = await app.http().get('/api/moderation/comments?status=reported').set('Authorization', `Bearer ${moderator.jwt}`).expect(200);
    expect(queue.body.data.map((c: { id: string }) => c.id)).not.toContain(id);
  });
});
