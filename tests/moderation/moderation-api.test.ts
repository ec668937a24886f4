import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { signInAsModerator, signInAsReader } from '../helpers/moderators';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';

let app: TestApp;
let moderator: { jwt: string; email: string };
let article: string;
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  moderator = await signInAsModerator(app);
  article = await makeArticle(app, { slug: 'moderated-story', title: 'A moderated story' });
});
afterAll(async () => {
  await app?.close();
});

const asModerator = {
  get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${moderator.jwt}`),
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${moderator.jwt}`),
};
const submit = async (body: string) =>
  (
    await asReader(app, newReaderAddress())
      .post('/api/articles/moderated-story/comments')
      .send({ data: { authorName: 'Farid', authorEmail: 'farid@example.org', body } })
      .expect(201)
  ).body.data.id as string;
const statusOf = async (id: string) => (await app.strapi.db.query(UID).findOne({ where: { documentId: id } })).moderationStatus;

describe('who may moderate', () => {
  it.each([
    ['GET', '/api/moderation/comments'],
    ['POST', '/api/moderation/comments/abc/approve'],
    ['POST', '/api/moderation/comments/bulk'],
  ])('anonymous callers get 401 on %s %s', async (method, url) => {
    const res = await (method === 'GET' ? app.http().get(url) : app.http().post(url).send({ data: {} })).expect(401);
    expect(res.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError', message: expect.stringMatching(/moderator/) } });
  });

  it('an invalid token gets 401', async () => {
    await app.http().get('/api/moderation/comments').set('Authorization', 'Bearer not.a.jwt').expect(401);
  });

  it('signed-in readers without the role get 403', async () => {
    const jwt = await signInAsReader(app);
    const res = await app.http().get('/api/moderation/comments').set('Authorization', `Bearer ${jwt}`).expect(403);
    expect(res.body.error).toMatchObject({ status: 403, name: 'ForbiddenError', message: 'Only moderators may moderate comments.' });
  });
});

describe('the queues', () => {
  it('show pending comments with what a moderator needs, e-mail and history included', async () => {
    const id = await submit('Please look at this.');
    const res = await asModerator.get('/api/moderation/comments?status=pending').expect(200);
    const item = res.body.data.find((c: { id: string }) => c.id === id);
    expect(item).toMatchObject({
      id,
      status: 'pending',
      authorName: 'Farid',
      authorEmail: 'farid@example.org',
      body: 'Please look at this.',
      article: { slug: 'moderated-story', title: 'A moderated story' },
      reports: [],
      history: [{ from: null, to: 'pending', by: 'system', byType: 'system', note: expect.stringMatching(/Pre-moderation/) }],
    });
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 25, total: expect.any(Number) });
  });

  it.each([
    ['an unknown status', '?status=published'],
    ['a page of zero', '?page=0'],
    ['a page size over 100', '?pageSize=500'],
  ])('refuse %s with a 400', async (_case, query) => {
    const res = await asModerator.get(`/api/moderation/comments${query}`).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
  });

  it('paginate', async () => {
    for (let i = 0; i < 3; i += 1) await addComment(app, article, { moderationStatus: 'rejected', body: `Rejected ${i}` });
    const res = await asModerator.get('/api/moderation/comments?status=rejected&pageSize=2&page=2').expect(200);
    expect(res.body.meta.pagination).toMatchObject({ page: 2, pageSize: 2, total: 3, pageCount: 2 });
    expect(res.body.data).toHaveLength(1);
  });
});

describe('decisions', () => {
  it('approve with a note: shown at once, and the history says who, when, from, to and why', async () => {
    const id = await submit('Approve me.');
    const res = await asModerator.post(`/api/moderation/comments/${id}/approve`).send({ data: { note: 'Civil and on topic.' } }).expect(200);
    expect(res.body).toEqual({ data: { id, status: 'approved' } });

    const assembled = await app.http().get('/api/articles/moderated-story/assembled').expect(200);
    expect(assembled.body.data.comments.items.map((c: { body: string }) => c.body)).toContain('Approve me.');

    const queue = await asModerator.get('/api/moderation/comments?status=approved').expect(200);
    const history = queue.body.data.find((c: { id: string }) => c.id === id).history;
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({
      from: 'pending',
      to: 'approved',
      note: 'Civil and on topic.',
      by: expect.stringContaining(moderator.email),
      byType: 'moderator',
      at: expect.any(String),
    });
  });

  it('reject and spam hide an approved comment at once', async () => {
    const first = await addComment(app, article, { body: 'Visible for now.' });
    const second = await addComment(app, article, { body: 'Also visible.' });
    await asModerator.post(`/api/moderation/comments/${first}/reject`).send({ data: { note: 'Personal attack.' } }).expect(200);
    await asModerator.post(`/api/moderation/comments/${second}/spam`).expect(200);
    const list = await app.http().get('/api/articles/moderated-story/comments').expect(200);
    const bodies = list.body.data.map((c: { body: string }) => c.body);
    expect(bodies).not.toContain('Visible for now.');
    expect(bodies).not.toContain('Also visible.');
    expect(await statusOf(first)).toBe('rejected');
    expect(await statusOf(second)).toBe('spam');
  });

  it('in bulk, recording each decision', async () => {
    const ids = [await submit('Bulk one.'), await submit('Bulk two.'), await submit('Bulk three.')];
    const res = await asModerator
      .post('/api/moderation/comments/bulk')
      .send({ data: { ids: [...ids, 'no-such-comment'], action: 'approve', note: 'Batch review.' } })
      .expect(200);
    expect(res.body.data).toMatchObject({ updated: 3 });
    for (const id of ids) expect(await statusOf(id)).toBe('approved');
    const events = await app.strapi.db.query('api::moderation-event.moderation-event').findMany({
      where: { comment: { documentId: { $in: ids } }, toStatus: 'approved' },
    });
    expect(events).toHaveLength(3);
    expect(events.every((e: { note: string; actorType: string }) => e.note === 'Batch review.' && e.actorType === 'moderator')).toBe(true);
  });

  it.each([
    ['no ids', { action: 'approve' }, 'ids'],
    ['an empty list', { ids: [], action: 'approve' }, 'ids'],
    ['101 ids', { ids: Array.from({ length: 101 }, (_, i) => `id${i}`), action: 'approve' }, 'ids'],
    ['an unknown action', { ids: ['x'], action: 'publish' }, 'action'],
    ['a note that is not text', { ids: ['x'], action: 'reject', note: { html: 1 } }, 'note'],
  ])('bulk refuses %s with a 400', async (_case, data, field) => {
    const res = await asModerator.post('/api/moderation/comments/bulk').send({ data }).expect(400);
    expect(JSON.stringify(res.body.error.details)).toContain(field);
  });

  it('answers 404 for an unknown comment, and writes no history', async () => {
    const before = await app.strapi.db.query('api::moderation-event.moderation-event').count();
    await asModerator.post('/api/moderation/comments/does-not-exist/approve').expect(404);
    expect(await app.strapi.db.query('api::moderation-event.moderation-event').count()).toBe(before);
  });
});
