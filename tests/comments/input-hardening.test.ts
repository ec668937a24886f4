import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';

/**
 * What a stranger may send: a body that is short to the eye and huge in bytes, a tag left open,
 * a name that displays as another, keys the API does not know. Each is refused or made harmless,
 * and nothing unexpected is written.
 */
let app: TestApp;
let comment: string;
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  const article = await makeArticle(app, { slug: 'hardened-story' });
  comment = await addComment(app, article);
});
afterAll(async () => {
  await app?.close();
});

const data = (extra: object = {}) => ({ authorName: 'Zahra', authorEmail: `z${Math.random()}@example.org`, body: `Hi ${Math.random()}`, ...extra });
const post = (body: object) => asReader(app, newReaderAddress()).post('/api/articles/hardened-story/comments').send(body);
const stored = async (documentId: string) => app.strapi.db.query(UID).findOne({ where: { documentId } });
const count = () => app.strapi.db.query(UID).count();

describe('size in bytes', () => {
  it('refuses 1,500 characters that each stack hundreds of combining marks, writing nothing', async () => {
    const zalgo = `a${'\u0301'.repeat(300)}`.repeat(1500); // 1,500 graphemes, 451,500 code points
    const before = await count();
    const res = await post({ data: data({ body: zalgo }) }).expect(400);
    expect(res.body.error.details.errors[0].path).toEqual(['body']);
    expect(res.body.error.message).toMatch(/too long/i);
    expect(await count()).toBe(before);
  });

  it('refuses the same in a name', async () => {
    const res = await post({ data: data({ authorName: `a${'\u0301'.repeat(300)}` }) }).expect(400);
    expect(res.body.error.details.errors[0].path).toEqual(['authorName']);
  });

  it('still stores a long comment in a script with diacritics', async () => {
    const vocalised = 'بَ'.repeat(1500);
    const res = await post({ data: data({ body: vocalised }) }).expect(201);
    expect((await stored(res.body.data.id)).body).toBe(vocalised.normalize('NFC'));
  });
});

describe('plain text', () => {
  it('neutralises a tag left open, so no front-end can make it live', async () => {
    const res = await post({ data: data({ body: 'Nice story <img src=x onerror=alert(1) ' }) }).expect(201);
    const body = (await stored(res.body.data.id)).body as string;
    expect(body).not.toMatch(/<[a-z/]/i);
    expect(body.startsWith('Nice story')).toBe(true);
  });
});

describe('names', () => {
  it('lose their direction controls and keep what a right-to-left name needs', async () => {
    const res = await post({ data: data({ authorName: '\u202Enimda\u202C Farid\u2066\u200F', body: 'A comment with a sly name.' }) }).expect(201);
    expect((await stored(res.body.data.id)).authorName).toBe('nimda Farid');
    const persian = 'می\u200Cخواهم';
    const ok = await post({ data: data({ authorName: persian, body: 'A Persian name.' }) }).expect(201);
    expect((await stored(ok.body.data.id)).authorName).toBe(persian);
  });

  it('made only of direction controls is no name', async () => {
    const res = await post({ data: data({ authorName: '\u202E\u202D' }) }).expect(400);
    expect(res.body.error.details.errors[0].path).toEqual(['authorName']);
  });
});

describe('unknown keys are refused with a 400 naming the key', () => {
  it.each([
    ['a comment', () => post({ data: data({ moderationStatus: 'approved' }) }), 'moderationStatus'],
    ['a comment (outside data)', () => post({ data: data(), status: 'published' }), 'status'],
    ['a report', () => asReader(app, newReaderAddress()).post(`/api/comments/${comment}/reports`).send({ data: { reason: 'spam', resolved: true } }), 'resolved'],
    ['a vote', () => asReader(app, newReaderAddress()).post('/api/articles/hardened-story/reactions').send({ data: { value: 'like', voterKey: 'x' } }), 'voterKey'],
  ])('on %s', async (_what, send, key) => {
    const before = await count();
    const res = await send().expect(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(res.body.error.message).toContain(key);
    expect(res.body.error.details.errors[0].path).toContain(key);
    expect(await count()).toBe(before);
  });
});
