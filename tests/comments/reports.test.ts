import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { signInAsModerator } from '../helpers/moderators';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';

let app: TestApp;
let article: string;

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  article = await makeArticle(app, { slug: 'reported-story' });
});
afterAll(async () => {
  await app?.close();
});

const report = (id: string, data: object, address = newReaderAddress()) =>
  asReader(app, address).post(`/api/comments/${id}/reports`).send({ data });
const comment = (id: string) => app.strapi.db.query('api::comment.comment').findOne({ where: { documentId: id } });
const reports = () => app.strapi.db.query('api::comment-report.comment-report').count();

describe('readers report comments', () => {
  it('a report is accepted, kept with its reason, and the comment stays up below the threshold', async () => {
    const id = await addComment(app, article, { body: 'Contentious but fine.' });
    const res = await report(id, { reason: 'misinformation', note: 'The date is wrong.' }).expect(201);
    expect(res.body).toEqual({ data: { reported: true } });
    expect(await comment(id)).toMatchObject({ moderationStatus: 'approved', reportCount: 1 });
  });

  it('three distinct readers send it back to pending and into the reported queue', async () => {
    const id = await addComment(app, article, { body: 'Abusive words.' });
    await report(id, { reason: 'abuse' }).expect(201);
    await report(id, { reason: 'abuse' }).expect(201);
    expect((await comment(id)).moderationStatus).toBe('approved');
    await report(id, { reason: 'spam' }).expect(201);
    expect(await comment(id)).toMatchObject({ moderationStatus: 'pending', reportCount: 3 });

    const list = await app.http().get('/api/articles/reported-story/comments').expect(200);
    expect(list.body.data.map((c: { body: string }) => c.body)).not.toContain('Abusive words.');

    const moderator = await signInAsModerator(app);
    const queue = await app.http().get('/api/moderation/comments?status=reported').set('Authorization', `Bearer ${moderator.jwt}`).expect(200);
    const item = queue.body.data.find((c: { id: string }) => c.id === id);
    expect(item.reportCount).toBe(3);
    expect(item.reports.map((r: { reason: string }) => r.reason).sort()).toEqual(['abuse', 'abuse', 'spam']);
    expect(item.history.at(-1)).toMatchObject({ from: 'approved', to: 'pending', byType: 'system', note: expect.stringMatching(/Reported by 3/) });

    // The moderator's decision closes the reports: the comment leaves the reported queue.
    await app.http().post(`/api/moderation/comments/${id}/approve`).set('Authorization', `Bearer ${moderator.jwt}`).expect(200);
    expect(await comment(id)).toMatchObject({ moderationStatus: 'approved', reportCount: 0 });
    const after = await app.http().get('/api/moderation/comments?status=reported').set('Authorization', `Bearer ${moderator.jwt}`).expect(200);
    expect(after.body.data.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('the same reader counts once, however often they report', async () => {
    const id = await addComment(app, article, { body: 'Reported by one persistent reader.' });
    const address = newReaderAddress();
    for (let i = 0; i < 4; i += 1) await report(id, { reason: 'abuse' }, address).expect(201);
    expect(await comment(id)).toMatchObject({ moderationStatus: 'approved', reportCount: 1 });
  });

  it('stores a keyed hash of the reader, never the address', async () => {
    const id = await addComment(app, article);
    await report(id, { reason: 'other' }, '203.0.113.77').expect(201);
    const rows = await app.strapi.db.query('api::comment-report.comment-report').findMany({ where: { comment: { documentId: id } } });
    expect(rows[0].reporterKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain('203.0.113.77');
  });

  it.each([
    ['no reason', {}, 'reason'],
    ['an unknown reason', { reason: 'boring' }, 'reason'],
    ['a note that is not text', { reason: 'other', note: 42 }, 'note'],
    ['a note over 500 characters', { reason: 'other', note: 'x'.repeat(501) }, 'note'],
  ])('refuses %s with a 400, writing nothing', async (_case, data, field) => {
    const id = await addComment(app, article);
    const before = await reports();
    const res = await report(id, data).expect(400);
    expect(JSON.stringify(res.body.error.details)).toContain(field);
    expect(await reports()).toBe(before);
  });

  it('answers 404 for unknown comments and for comments readers cannot see', async () => {
    await report('no-such-comment', { reason: 'spam' }).expect(404);
    const pending = await addComment(app, article, { moderationStatus: 'pending' });
    await report(pending, { reason: 'spam' }).expect(404);
  });
});
