import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { signInAsEditor } from '../helpers/auth';
import { signInAsAdminModerator } from '../helpers/moderators';
import { NO_RATE_LIMITS } from '../helpers/readers';
import type { DeskCard, DeskPage, QueueCounts } from '../../src/api/comment/desk/types';

/**
 * The moderation desk's admin API: who may use it, the queue page and its counts, decisions and
 * their undo, each through the moderation service so the trail and the reports follow.
 */
let app: TestApp;
let article: string;
let moderator: string;
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  article = await makeArticle(app, { slug: 'desk-story', title: 'The desk story' });
  moderator = (await signInAsAdminModerator(app)).token;
});
afterAll(async () => {
  await app?.close();
});

const asModerator = {
  get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${moderator}`),
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${moderator}`),
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${moderator}`),
};
const statusOf = async (documentId: string) => (await app.strapi.db.query(UID).findOne({ where: { documentId } })).moderationStatus;

describe('who may use the desk', () => {
  const routes: Array<['get' | 'post' | 'put', string]> = [
    ['get', '/newsroom/desk/comments'],
    ['get', '/newsroom/desk/counts'],
    ['post', '/newsroom/desk/comments/abc/decide'],
    ['post', '/newsroom/desk/comments/abc/undo'],
    ['post', '/newsroom/desk/comments/abc/note'],
    ['post', '/newsroom/desk/comments/bulk'],
    ['get', '/newsroom/desk/authors/a@example.org'],
    ['put', '/newsroom/desk/authors/a@example.org'],
  ];
  it.each(routes)('%s %s: 401 without an admin token, 403 for an Editor', async (method, url) => {
    await app.http()[method](url).expect(401);
    const editor = await signInAsEditor(app);
    const res = await app.http()[method](url).set('Authorization', `Bearer ${editor}`).send({}).expect(403);
    expect(res.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
  });
});

describe('the queue', () => {
  it('shows pending comments oldest first, with counts', async () => {
    const first = await addComment(app, article, { moderationStatus: 'pending', body: 'First pending.' });
    const res = await asModerator.get(`/newsroom/desk/comments?article=${article}`).expect(200);
    const page = res.body as DeskPage;
    expect(page.data.map((card: DeskCard) => card.id)).toContain(first);
    const card = page.data.find((c) => c.id === first) as DeskCard;
    expect(card.article).toMatchObject({ documentId: article, title: 'The desk story', slug: 'desk-story' });
    expect(page.meta.counts.pending).toBeGreaterThanOrEqual(1);
    const counts = (await asModerator.get('/newsroom/desk/counts').expect(200)).body.data as QueueCounts;
    expect(counts.pending).toBeGreaterThanOrEqual(1);
  });

  it('decides and undoes', async () => {
    const id = await addComment(app, article, { moderationStatus: 'pending', body: 'Decide me.' });
    const decided = await asModerator.post(`/newsroom/desk/comments/${id}/decide`).send({ action: 'approve' }).expect(200);
    expect(decided.body.data).toEqual({ id, status: 'approved', previous: 'pending' });
    await asModerator.post(`/newsroom/desk/comments/${id}/undo`).send({ status: 'approved', previous: 'pending' }).expect(200);
    expect(await statusOf(id)).toBe('pending');
    const conflict = await asModerator.post(`/newsroom/desk/comments/${id}/undo`).send({ status: 'approved', previous: 'pending' }).expect(409);
    expect(conflict.body.error.name).toBe('ConflictError');
  });
});
