import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { signInAsEditor, signInAsSuperAdmin } from '../helpers/auth';
import { signInAsAdminModerator } from '../helpers/moderators';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { ensureModeratorRoles } from '../../src/bootstrap/moderator-roles';
import type { DeskAuthor, DeskBulkResult, DeskCard, DeskPage, DeskQueue, DeskTrailEntry, QueueCounts } from '../../src/api/comment/desk/types';

/**
 * The moderation desk's admin API: who may use it, what a card shows, the filters and counts,
 * decisions (one, undone, many) through the moderation service so that the trail and the reports
 * follow, and an author's standing, which the screening of their next comment reads.
 */
let app: TestApp;
let story: string;
let other: string;
let moderator: { token: string; email: string };
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  const sports = await app.strapi.documents('api::section.section').create({ locale: 'en', data: { name: 'Desk sports', slug: 'desk-sports' } } as never);
  story = await makeArticle(app, { slug: 'desk-story', title: 'The desk story' });
  other = await makeArticle(app, { slug: 'desk-other', title: 'Another desk story', section: sports.documentId });
  moderator = await signInAsAdminModerator(app);
  const editor = await signInAsSuperAdmin(app);
  await app
    .http()
    .put('/content-manager/single-types/api::comment-setting.comment-setting')
    .set('Authorization', `Bearer ${editor}`)
    .send({ blockWords: 'casino', holdWords: 'idiot', maxLinks: 2, reportThreshold: 3 })
    .expect(200);
});
afterAll(async () => {
  await app?.close();
});

const as = (token: string) => ({
  get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`),
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${token}`),
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${token}`),
});
const desk = () => as(moderator.token);

const submit = async (slug: string, body: string, author = { authorName: 'Farid', authorEmail: 'farid@example.org' }, parent?: string) =>
  (
    await asReader(app, newReaderAddress())
      .post(`/api/articles/${slug}/comments`)
      .send({ data: { ...author, body, ...(parent ? { parent } : {}) } })
      .expect(201)
  ).body.data as { id: string; status: string };

const row = async (documentId: string) => app.strapi.db.query(UID).findOne({ where: { documentId } });
const queue = async (query: string) => (await desk().get(`/newsroom/desk/comments${query}`).expect(200)).body as DeskPage;
const cardOf = async (id: string, queueName: DeskQueue = 'pending') =>
  (await queue(`?queue=${queueName}&pageSize=100&order=newest`)).data.find((card) => card.id === id) as DeskCard;
const trailOf = async (id: string, queueName: DeskQueue) => (await cardOf(id, queueName)).trail;

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
  let editor: string;
  beforeAll(async () => {
    editor = await signInAsEditor(app);
  });

  it.each(routes)('%s %s: 401 without an admin token, 403 for an Editor without the role', async (method, url) => {
    await app.http()[method](url).expect(401);
    const res = await app.http()[method](url).set('Authorization', `Bearer ${editor}`).send({ action: 'approve' }).expect(403);
    expect(res.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
  });

  it("the Comment moderator role has the desk's action and reads article headlines, and a super admin may use the desk", async () => {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'newsroom-comment-moderator' }, populate: { permissions: true } });
    const permissions = role.permissions as Array<{ action: string; subject: string | null; properties: { fields?: string[] } }>;
    expect(permissions).toContainEqual(expect.objectContaining({ action: 'api::moderation-desk.use', subject: null }));
    expect(permissions).toContainEqual(
      expect.objectContaining({ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article', properties: expect.objectContaining({ fields: ['title', 'slug'] }) })
    );
    await as(await signInAsSuperAdmin(app)).get('/newsroom/desk/counts').expect(200);
  });

  it('a role made before the desk gains its permissions at the next start, keeping what an administrator set', async () => {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'newsroom-comment-moderator' } });
    const permissions = app.strapi.db.query('admin::permission');
    await permissions.deleteMany({ where: { role: { id: role.id }, action: 'api::moderation-desk.use' } });
    await permissions.deleteMany({ where: { role: { id: role.id }, action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' } });
    const before = await permissions.count({ where: { role: { id: role.id } } });
    await ensureModeratorRoles(app.strapi);
    expect(await permissions.count({ where: { role: { id: role.id } } })).toBe(before + 2);
    await ensureModeratorRoles(app.strapi);
    expect(await permissions.count({ where: { role: { id: role.id } } })).toBe(before + 2);
    await desk().get('/newsroom/desk/counts').expect(200);
  });

  it('the role sees the article headline in the content manager, not an id', async () => {
    const id = await addComment(app, story, { moderationStatus: 'pending', body: 'Headline please.' });
    const list = await desk().get(`/content-manager/collection-types/${UID}?page=1&pageSize=100&sort=id:DESC`).expect(200);
    expect(list.body.results.find((r: { documentId: string }) => r.documentId === id).article).toMatchObject({ title: 'The desk story' });
    const relation = await desk().get(`/content-manager/relations/${UID}/${id}/article`).expect(200);
    expect(relation.body.results).toEqual([expect.objectContaining({ title: 'The desk story' })]);
  });
});

describe('bad requests are 400s that write nothing', () => {
  let id: string;
  const written = async () => ({
    events: await app.strapi.db.query('api::moderation-event.moderation-event').count({}),
    commenters: await app.strapi.db.query('api::commenter.commenter').count({}),
    changes: await app.strapi.db.query('api::commenter.standing-change').count({}),
  });
  beforeAll(async () => {
    id = await addComment(app, story, { moderationStatus: 'pending', body: 'Leave me be.' });
  });

  const long = 'x'.repeat(2001);
  const cases: Array<[string, 'get' | 'post' | 'put', string, object | unknown[] | undefined, string]> = [
    ['an unknown queue', 'get', '/newsroom/desk/comments?queue=published', undefined, 'queue'],
    ['an unknown order', 'get', '/newsroom/desk/comments?order=sideways', undefined, 'order'],
    ['page 0', 'get', '/newsroom/desk/comments?page=0', undefined, 'page'],
    ['a page size over 100', 'get', '/newsroom/desk/comments?pageSize=101', undefined, 'pageSize'],
    ['a bad locale', 'get', '/newsroom/desk/comments?locale=!!', undefined, 'locale'],
    ['a bad section', 'get', '/newsroom/desk/comments?section=Not%20a%20slug', undefined, 'section'],
    ['a bad article', 'get', '/newsroom/desk/comments?article=no%20such', undefined, 'article'],
    ['empty text', 'get', '/newsroom/desk/comments?q=', undefined, 'q'],
    ['text too long', 'get', `/newsroom/desk/comments?q=${'y'.repeat(201)}`, undefined, 'q'],
    ['an unknown parameter', 'get', '/newsroom/desk/comments?status=pending', undefined, 'status'],
    ['a queue for the counts', 'get', '/newsroom/desk/counts?queue=pending', undefined, 'queue'],
    ['an unknown action', 'post', 'decide', { action: 'publish' }, 'action'],
    ["an action from Object's prototype", 'post', 'decide', { action: 'valueOf' }, 'action'],
    ['an unknown key in a decision', 'post', 'decide', { action: 'approve', by: 'someone' }, 'by'],
    ['a note too long in a decision', 'post', 'decide', { action: 'approve', note: long }, 'note'],
    ['a list for a body', 'post', 'decide', ['approve'], 'body'],
    ['an unknown status to undo', 'post', 'undo', { status: 'published', previous: 'pending' }, 'status'],
    ['an undo without previous', 'post', 'undo', { status: 'approved' }, 'previous'],
    ['an unknown key in an undo', 'post', 'undo', { status: 'approved', previous: 'pending', note: 'x' }, 'note'],
    ['an empty note', 'post', 'note', { note: ' ' }, 'note'],
    ['a note too long', 'post', 'note', { note: long }, 'note'],
    ['a bulk without ids or filter', 'post', '/newsroom/desk/comments/bulk', { action: 'approve' }, 'ids'],
    ['a bulk with both', 'post', '/newsroom/desk/comments/bulk', { action: 'approve', ids: ['x'], filter: { queue: 'pending' } }, 'ids'],
    ['a bulk of no ids', 'post', '/newsroom/desk/comments/bulk', { action: 'approve', ids: [] }, 'ids'],
    ['a bulk of too many ids', 'post', '/newsroom/desk/comments/bulk', { action: 'approve', ids: Array.from({ length: 101 }, (_, i) => `c${i}`) }, 'ids'],
    ['a bulk with a bad action', 'post', '/newsroom/desk/comments/bulk', { action: 'delete', ids: ['x'] }, 'action'],
    ['a bulk filter without a queue', 'post', '/newsroom/desk/comments/bulk', { action: 'approve', filter: { article: 'x' } }, 'filter.queue'],
    ['a bulk filter with an unknown key', 'post', '/newsroom/desk/comments/bulk', { action: 'approve', filter: { queue: 'pending', status: 'x' } }, 'filter.status'],
    ['a malformed e-mail', 'get', '/newsroom/desk/authors/not-an-address', undefined, 'email'],
    ['a malformed e-mail to set', 'put', '/newsroom/desk/authors/not-an-address', { standing: 'trusted' }, 'email'],
    ['an unknown standing', 'put', '/newsroom/desk/authors/someone@example.org', { standing: 'vip' }, 'standing'],
    ['an unknown key in a standing', 'put', '/newsroom/desk/authors/someone@example.org', { standing: 'trusted', by: 'x' }, 'by'],
    ['a standing note too long', 'put', '/newsroom/desk/authors/someone@example.org', { standing: 'blocked', note: long }, 'note'],
  ];

  it.each(cases)('%s', async (_name, method, path, body, field) => {
    const url = path.startsWith('/') ? path : `/newsroom/desk/comments/${id}/${path}`;
    const before = await written();
    const res = await desk()[method](url).send(body as object).expect(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.details.errors[0].path).toEqual([field]);
    expect(await written()).toEqual(before);
    expect((await row(id)).moderationStatus).toBe('pending');
  });

  it('an unknown comment is a 404', async () => {
    const res = await desk().post('/newsroom/desk/comments/nosuchcomment/decide').send({ action: 'approve' }).expect(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });
});

describe('a card', () => {
  let parent: string;
  let reply: string;
  let reported: string;

  beforeAll(async () => {
    parent = await addComment(app, story, { moderationStatus: 'approved', body: 'The first word.' });
    reply = (await submit('desk-story', 'You idiot, read it again.', { authorName: 'Card Author', authorEmail: 'Card.Author@Example.org' }, parent)).id;
    reported = (await submit('desk-story', 'A fine comment, reported.', { authorName: 'Card Author', authorEmail: 'card.author@example.org' })).id;
    await desk().post(`/newsroom/desk/comments/${reported}/decide`).send({ action: 'approve' }).expect(200);
    await asReader(app, newReaderAddress()).post(`/api/comments/${reported}/reports`).send({ data: { reason: 'abuse', note: 'Rude to me.' } }).expect(201);
    await asReader(app, newReaderAddress()).post(`/api/comments/${reported}/reports`).send({ data: { reason: 'spam' } }).expect(201);
  });

  it('shows the whole comment, its headline linking to the reader page at the comment, its parent, why it is held, the author and the trail', async () => {
    const card = await cardOf(reply);
    expect(card).toMatchObject({
      id: reply,
      status: 'pending',
      body: 'You idiot, read it again.',
      direction: 'ltr',
      authorName: 'Card Author',
      authorEmail: 'card.author@example.org',
      article: { documentId: story, title: 'The desk story', slug: 'desk-story', locale: 'en', url: expect.stringMatching(new RegExp(`/articles/desk-story#comment-${reply}$`)) },
      parent: { id: parent, body: 'The first word.', status: 'approved', direction: 'ltr' },
      reasons: [{ kind: 'held-word', word: 'idiot' }],
      reports: { count: 0, open: [] },
      author: { standing: 'normal', counts: { approved: 1, pending: 1, rejected: 0, spam: 0 } },
    });
    expect(card.article?.section).toEqual(expect.objectContaining({ slug: expect.any(String), name: expect.any(String) }));
    expect(card.trail).toEqual([{ from: null, to: 'pending', note: 'Held for review: contains "idiot".', by: 'system', at: expect.any(String) }]);
  });

  it('a reported comment gives the reports with their reasons and count', async () => {
    const card = await cardOf(reported, 'reported');
    expect(card.reports.count).toBe(2);
    expect(card.reports.open).toEqual(
      expect.arrayContaining([
        { reason: 'abuse', note: 'Rude to me.', at: expect.any(String) },
        { reason: 'spam', note: null, at: expect.any(String) },
      ])
    );
    expect(card.reasons).toContainEqual(expect.objectContaining({ kind: 'reports', text: '2 open reports' }));
    expect(card.trail.map((entry) => entry.to)).toEqual(['pending', 'approved']);
    expect(card.trail[1].by).toContain(moderator.email);
  });

  it('an RTL comment is laid out right to left', async () => {
    const id = (await submit('desk-story', 'این نظر من است')).id;
    expect((await cardOf(id)).direction).toBe('rtl');
  });

  it('deciding on a reported comment resolves its reports and lands in the trail with the note', async () => {
    const res = await desk().post(`/newsroom/desk/comments/${reported}/decide`).send({ action: 'reject', note: 'Abusive after all.' }).expect(200);
    expect(res.body).toEqual({ data: { id: reported, status: 'rejected', previous: 'approved' } });
    const stored = await app.strapi.db.query(UID).findOne({ where: { documentId: reported }, populate: { reports: true } });
    expect(stored.reportCount).toBe(0);
    expect((stored.reports as Array<{ resolved: boolean }>).every((r) => r.resolved)).toBe(true);
    expect((await queue('?queue=reported&pageSize=100')).data.map((c) => c.id)).not.toContain(reported);
    const last = (await trailOf(reported, 'rejected')).at(-1) as DeskTrailEntry;
    expect(last).toMatchObject({ from: 'approved', to: 'rejected', note: 'Abusive after all.', by: expect.stringContaining(moderator.email) });
  });
});

describe('filters and order', () => {
  const made: Record<string, string> = {};
  beforeAll(async () => {
    made.a1 = await addComment(app, story, { moderationStatus: 'pending', body: 'Filter one on the story.' });
    made.a2 = await addComment(app, story, { moderationStatus: 'pending', body: 'Filter two on the story, about turnips.' });
    made.b1 = await addComment(app, other, { moderationStatus: 'pending', body: 'Filter three on the other.' });
    made.b2 = await addComment(app, other, { moderationStatus: 'spam', body: 'Filter four, spam on the other.' });
  });
  const ids = async (query: string) => (await queue(query)).data.map((card) => card.id);

  it('by article', async () => {
    const found = await ids(`?article=${other}&pageSize=100`);
    expect(found).toContain(made.b1);
    expect(found).not.toContain(made.a1);
  });

  it('by section', async () => {
    const found = await ids('?section=desk-sports&pageSize=100');
    expect(found).toEqual([made.b1]);
  });

  it('by locale', async () => {
    expect(await ids('?locale=en&pageSize=100')).toContain(made.a1);
    expect(await ids('?locale=fa-AF')).toEqual([]);
  });

  it('by text in the body, the name or the e-mail', async () => {
    expect(await ids('?q=TURNIPS')).toEqual([made.a2]);
    expect(await ids('?q=secret-reader%40example&pageSize=100')).toContain(made.a1);
    expect(await ids('?q=100%25')).toEqual([]);
  });

  it('oldest first by default, newest on request', async () => {
    const oldest = await ids(`?article=${story}&q=Filter`);
    const newest = await ids(`?article=${story}&q=Filter&order=newest`);
    expect(oldest).toEqual([made.a1, made.a2]);
    expect(newest).toEqual([made.a2, made.a1]);
  });

  it('counts every queue under the same filters, and the page total is the queue count', async () => {
    const page = await queue(`?article=${other}&q=Filter`);
    expect(page.meta.counts).toEqual({ pending: 1, spam: 1, approved: 0, rejected: 0, reported: 0 });
    expect(page.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 1 });
    const counts = (await desk().get(`/newsroom/desk/counts?article=${other}&q=Filter`).expect(200)).body.data as QueueCounts;
    expect(counts).toEqual(page.meta.counts);
  });

  it('without filters, the counts are the kept queue sizes', async () => {
    const sizes = await app.strapi.service('api::comment.tallies').queueSizes();
    const counts = (await desk().get('/newsroom/desk/counts').expect(200)).body.data as QueueCounts;
    expect(counts).toEqual({ pending: sizes.pending, reported: sizes.reported, approved: sizes.approved, rejected: sizes.rejected, spam: sizes.spam });
  });
});

describe('undo and notes', () => {
  it('undo puts the comment back, with the note "Undo" in the trail; a second undo is a 409 that changes nothing', async () => {
    const id = await addComment(app, story, { moderationStatus: 'pending', body: 'Undo me.' });
    await desk().post(`/newsroom/desk/comments/${id}/decide`).send({ action: 'spam' }).expect(200);
    const res = await desk().post(`/newsroom/desk/comments/${id}/undo`).send({ status: 'spam', previous: 'pending' }).expect(200);
    expect(res.body).toEqual({ data: { id, status: 'pending' } });
    expect((await row(id)).moderationStatus).toBe('pending');
    const trail = await trailOf(id, 'pending');
    expect(trail.at(-1)).toMatchObject({ from: 'spam', to: 'pending', note: 'Undo', by: expect.stringContaining(moderator.email) });

    const conflict = await desk().post(`/newsroom/desk/comments/${id}/undo`).send({ status: 'spam', previous: 'pending' }).expect(409);
    expect(conflict.body.error).toMatchObject({ status: 409, name: 'ConflictError', message: expect.stringContaining('pending') });
    expect(await trailOf(id, 'pending')).toHaveLength(trail.length);
  });

  it('restoring a reported comment closes its reports, on the trail; undoing it opens them again and it is back in Reported', async () => {
    const id = (await submit('desk-story', 'Restore me, then think again.', { authorName: 'Undo Author', authorEmail: 'undo.author@example.org' })).id;
    await desk().post(`/newsroom/desk/comments/${id}/decide`).send({ action: 'approve' }).expect(200);
    await asReader(app, newReaderAddress()).post(`/api/comments/${id}/reports`).send({ data: { reason: 'abuse' } }).expect(201);
    await asReader(app, newReaderAddress()).post(`/api/comments/${id}/reports`).send({ data: { reason: 'off-topic' } }).expect(201);
    const reportedIds = async () => (await queue('?queue=reported&pageSize=100')).data.map((card) => card.id);
    expect(await reportedIds()).toContain(id);

    // Restore: approved it stays, the reports are answered, and the trail says who restored it.
    const restored = await desk().post(`/newsroom/desk/comments/${id}/decide`).send({ action: 'approve' }).expect(200);
    expect(restored.body.data).toEqual({ id, status: 'approved', previous: 'approved' });
    expect((await row(id)).reportCount).toBe(0);
    expect(await reportedIds()).not.toContain(id);
    const trail = await trailOf(id, 'approved');
    expect(trail.at(-1)).toMatchObject({ from: 'approved', to: 'approved', by: expect.stringContaining(moderator.email) });

    await desk().post(`/newsroom/desk/comments/${id}/undo`).send({ status: 'approved', previous: 'approved' }).expect(200);
    expect((await row(id)).reportCount).toBe(2);
    expect(await reportedIds()).toContain(id);
    const card = await cardOf(id, 'reported');
    expect(card.reports.open.map((report) => report.reason).sort()).toEqual(['abuse', 'off-topic']);
    expect(card.trail.at(-1)).toMatchObject({ note: 'Undo', by: expect.stringContaining(moderator.email) });

    // Decided again, the reports close again: the undo did not leave them tied to the old decision.
    await desk().post(`/newsroom/desk/comments/${id}/decide`).send({ action: 'reject' }).expect(200);
    expect((await row(id)).reportCount).toBe(0);
    await desk().post(`/newsroom/desk/comments/${id}/undo`).send({ status: 'rejected', previous: 'approved' }).expect(200);
    expect((await row(id)).reportCount).toBe(2);
  });

  it('a note goes on the trail and leaves the status', async () => {
    const id = await addComment(app, story, { moderationStatus: 'pending', body: 'Note me.' });
    const res = await desk().post(`/newsroom/desk/comments/${id}/note`).send({ note: 'Asked the desk editor.' }).expect(200);
    expect(res.body.data).toMatchObject({ from: 'pending', to: 'pending', note: 'Asked the desk editor.', by: expect.stringContaining(moderator.email) });
    expect((await row(id)).moderationStatus).toBe('pending');
    expect((await trailOf(id, 'pending')).at(-1)).toMatchObject({ note: 'Asked the desk editor.', to: 'pending' });
  });
});

describe('bulk decisions', () => {
  it('by ids: each decided, with what it was before for an undo', async () => {
    const ids = [
      await addComment(app, story, { moderationStatus: 'pending', body: 'Bulk one.' }),
      await addComment(app, story, { moderationStatus: 'pending', body: 'Bulk two.' }),
      await addComment(app, story, { moderationStatus: 'approved', body: 'Bulk three.' }),
    ];
    const res = await desk().post('/newsroom/desk/comments/bulk').send({ action: 'spam', note: 'A spam run.', ids: [...ids, ids[0]] }).expect(200);
    const result = res.body.data as DeskBulkResult;
    expect(result).toMatchObject({ updated: 3, status: 'spam', remaining: 0 });
    expect(result.ids.sort()).toEqual([...ids].sort());
    expect(result.previous).toEqual({ [ids[0]]: 'pending', [ids[1]]: 'pending', [ids[2]]: 'approved' });
    for (const id of ids) {
      expect((await row(id)).moderationStatus).toBe('spam');
      expect((await trailOf(id, 'spam')).at(-1)).toMatchObject({ to: 'spam', note: 'A spam run.' });
    }
  });

  it('by filter: every match, the oldest first, and how many remain', async () => {
    const third = await makeArticle(app, { slug: 'desk-bulk', title: 'Bulk story' });
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(await addComment(app, third, { moderationStatus: 'pending', body: `By filter ${i}.` }));
    const res = await desk().post('/newsroom/desk/comments/bulk').send({ action: 'approve', filter: { queue: 'pending', article: third } }).expect(200);
    expect(res.body.data).toMatchObject({ updated: 3, status: 'approved', ids, remaining: 0 });
    const page = await queue(`?queue=approved&article=${third}`);
    expect(page.meta.counts).toMatchObject({ pending: 0, approved: 3 });
  });
});

describe("an author's standing", () => {
  const author = async (email: string) => (await desk().get(`/newsroom/desk/authors/${email}`).expect(200)).body.data as DeskAuthor;

  it("a trusted author's next comment is shown at once; set back to normal, it waits again; both recorded", async () => {
    const email = 'Trusted.Reader@example.org';
    const set = await desk().put(`/newsroom/desk/authors/${email}`).send({ standing: 'trusted', note: 'Long-time reader.' }).expect(200);
    expect(set.body.data).toMatchObject({ email: 'trusted.reader@example.org', standing: 'trusted', note: 'Long-time reader.' });
    const shown = await submit('desk-story', 'Trusted words.', { authorName: 'Trusty', authorEmail: 'trusted.reader@example.org' });
    expect(shown.status).toBe('approved');
    const assembled = await app.http().get('/api/articles/desk-story/comments').expect(200);
    expect(JSON.stringify(assembled.body)).toContain('Trusted words.');
    // Trust skips pre-moderation only: a held word still holds.
    expect((await submit('desk-story', 'Trusted idiot.', { authorName: 'Trusty', authorEmail: 'trusted.reader@example.org' })).status).toBe('pending');

    await desk().put(`/newsroom/desk/authors/${email}`).send({ standing: 'normal' }).expect(200);
    expect((await submit('desk-story', 'Normal again.', { authorName: 'Trusty', authorEmail: 'trusted.reader@example.org' })).status).toBe('pending');

    const record = await author('trusted.reader@example.org');
    expect(record).toMatchObject({ email: 'trusted.reader@example.org', name: 'Trusty', standing: 'normal', counts: { approved: 1, pending: 2, rejected: 0, spam: 0 } });
    expect(record.changes).toEqual([
      { standing: 'trusted', note: 'Long-time reader.', by: expect.stringContaining(moderator.email), at: expect.any(String) },
      { standing: 'normal', note: null, by: expect.stringContaining(moderator.email), at: expect.any(String) },
    ]);
  });

  it("a blocked e-mail's next comment is spam (the reader is told pending), with the reason on its card; reversible", async () => {
    await desk().put('/newsroom/desk/authors/blocked@example.org').send({ standing: 'blocked', note: 'Spammer.' }).expect(200);
    const sent = await submit('desk-story', 'Buy my things.', { authorName: 'Blocked', authorEmail: 'blocked@example.org' });
    expect(sent.status).toBe('pending');
    const stored = await row(sent.id);
    expect(stored).toMatchObject({ moderationStatus: 'spam', moderationNote: 'Spam: the e-mail blocked@example.org is blocked.', screening: { rule: 'blocked-author' } });
    const card = await cardOf(sent.id, 'spam');
    expect(card.reasons).toEqual([expect.objectContaining({ kind: 'blocked-author' })]);
    expect(card.author.standing).toBe('blocked');

    await desk().put('/newsroom/desk/authors/blocked@example.org').send({ standing: 'normal' }).expect(200);
    const next = await submit('desk-story', 'Sorry.', { authorName: 'Blocked', authorEmail: 'blocked@example.org' });
    expect((await row(next.id)).moderationStatus).toBe('pending');
    expect((await author('blocked@example.org')).changes.map((c) => c.standing)).toEqual(['blocked', 'normal']);
  });

  it('the record of standings is append-only, also through strapi.db.query', async () => {
    const changes = app.strapi.db.query('api::commenter.standing-change');
    await expect(changes.updateMany({ where: {}, data: { note: 'rewritten' } })).rejects.toThrow(/kept as written/);
    await expect(changes.deleteMany({ where: {} })).rejects.toThrow(/kept as written/);
    await expect(changes.delete({ where: { email: 'blocked@example.org' } })).rejects.toThrow(/kept as written/);
    expect(await changes.count({ where: { email: 'blocked@example.org' } })).toBe(2);
  });
});
