import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken, signInAsSuperAdmin } from '../helpers/auth';

/**
 * The comment rules hold on every write path: core REST (API token), the admin UI's content
 * manager, the document service and strapi.db.query. 1,500 user-perceived characters are
 * stored; 1,501 are refused with a 400 naming the field and the limit, and nothing is written.
 */

let app: TestApp;
let articleDocumentId: string;
let articleRowId: number;
let apiToken: string;
let adminToken: string;

const UID = 'api::comment.comment';
const CM = `/content-manager/collection-types/${UID}`;

// Each of these is one character to a reader and more than one UTF-16 unit to JavaScript.
const samples = {
  latin: 'a',
  emoji: '👍🏽', // thumbs up + skin tone: 4 code units
  family: '👨‍👩‍👧‍👦', // four people joined by ZWJ: 11 code units
  pashto: 'پښتو'.slice(0, 1) + '\u064E', // a Pashto letter with a fatha
  accented: 'e\u0301', // e + combining acute
};

const repeat = (unit: string, n: number) => unit.repeat(n);
const comments = () => app.strapi.db.query(UID).count();

const validForRest = (body: string) => ({
  authorName: 'Reader',
  authorEmail: 'reader@example.org',
  body,
  article: articleDocumentId,
});

const valid = validForRest;

beforeAll(async () => {
  app = await bootApp();
  const article = await app.strapi.documents('api::article.article').findFirst({ locale: 'en' });
  articleDocumentId = article!.documentId;
  articleRowId = article!.id as number;
  apiToken = await createApiToken(app);
  adminToken = await signInAsSuperAdmin(app);
});
afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  await app.strapi.db.query(UID).deleteMany({});
});

describe('REST (core POST /api/comments with an API token)', () => {
  const post = (data: object) => app.http().post('/api/comments').set('Authorization', `Bearer ${apiToken}`).send({ data });

  it.each(Object.entries(samples))('stores 1,500 characters of %s', async (_name, unit) => {
    const res = await post(valid(repeat(unit, 1500)));
    expect(res.status).toBe(201);
    const stored = await app.strapi.db.query(UID).findOne({ where: { documentId: res.body.data.documentId } });
    expect(stored.body).toBe(repeat(unit, 1500).normalize('NFC'));
  });

  it.each(Object.entries(samples))('refuses 1,501 characters of %s and writes nothing', async (_name, unit) => {
    const before = await comments();
    const res = await post(valid(repeat(unit, 1501)));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError', details: { errors: [{ path: ['body'] }] } },
    });
    expect(res.body.error.message).toMatch(/1,501 characters.*limit is 1,500/);
    expect(await comments()).toBe(before);
  });

  it('counts after trimming: 1,500 characters with spaces around them are stored', async () => {
    const res = await post(valid(`   ${repeat('x', 1500)}\n\n`));
    expect(res.status).toBe(201);
  });

  it.each([
    ['body', { body: '' }, /comment field is required/],
    ['body', { body: '   \n  ' }, /comment field is required/],
    ['body', { body: '<b></b>' }, /comment field is required/],
    ['authorName', { authorName: '' }, /name field is required/],
    ['authorName', { authorName: 'x'.repeat(81) }, /at most 80 characters/],
    ['authorEmail', { authorEmail: 'not-an-address' }, /valid e-mail address/],
    ['authorEmail', { authorEmail: 'a@b' }, /valid e-mail address/],
    ['body', { body: 42 }, /body/],
  ])('refuses a bad %s (%j) with a message that names it', async (field, override, message) => {
    const before = await comments();
    const res = await post({ ...valid('A fair comment.'), ...override });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(message);
    expect(JSON.stringify(res.body.error.details)).toContain(field);
    expect(await comments()).toBe(before);
  });

  it('refuses a comment with required fields missing, naming each', async () => {
    const res = await post({ article: articleDocumentId });
    expect(res.status).toBe(400);
    expect(await comments()).toBe(0);
  });

  it('refuses a comment that belongs to no article', async () => {
    const { article: _article, ...orphan } = valid('Where am I?');
    const res = await post(orphan);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'ValidationError', details: { errors: [{ path: ['article'] }] } });
    expect(await comments()).toBe(0);
  });

  it('stores plain text only: markup is stripped, text is kept', async () => {
    const res = await post(
      valid('<p>I <b>agree</b>.</p><script>alert(1)</script><img src=x onerror=alert(1)> 3 < 5 and <3 &amp; more')
    );
    expect(res.status).toBe(201);
    const stored = await app.strapi.db.query(UID).findOne({ where: { documentId: res.body.data.documentId } });
    expect(stored.body).toBe('I agree. 3 < 5 and <3 &amp; more');
  });

  it('strips markup from the name too, and lower-cases the e-mail', async () => {
    const res = await post({ ...valid('Hello'), authorName: '<i>Zahra</i> ', authorEmail: ' Zahra@Example.ORG ' });
    expect(res.status).toBe(201);
    const stored = await app.strapi.db.query(UID).findOne({ where: { documentId: res.body.data.documentId } });
    expect(stored).toMatchObject({ authorName: 'Zahra', authorEmail: 'zahra@example.org' });
  });
});

describe("the admin UI's content manager", () => {
  const create = (data: object) => app.http().post(CM).set('Authorization', `Bearer ${adminToken}`).send(data);

  it('stores 1,500 emoji and refuses 1,501 without writing', async () => {
    expect((await create(valid(repeat(samples.family, 1500)))).status).toBe(201);
    const res = await create(valid(repeat(samples.family, 1501)));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/limit is 1,500/);
    expect(await comments()).toBe(1);
  });

  it('refuses an edit that makes the comment too long, and keeps the old text', async () => {
    const created = await create(valid('Short and civil.'));
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const res = await app
      .http()
      .put(`${CM}/${id}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ ...valid(repeat(samples.pashto, 1501)), moderationStatus: 'approved' });
    expect(res.status).toBe(400);
    const stored = await app.strapi.db.query(UID).findOne({ where: { documentId: id } });
    expect(stored).toMatchObject({ body: 'Short and civil.', moderationStatus: 'pending' });
  });

  it('lets a moderator change only the status', async () => {
    const created = await create(valid('Worth publishing.'));
    const id = created.body.data.documentId;
    const res = await app
      .http()
      .put(`${CM}/${id}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ ...valid('Worth publishing.'), moderationStatus: 'approved' });
    expect(res.status).toBe(200);
    expect((await app.strapi.db.query(UID).findOne({ where: { documentId: id } })).moderationStatus).toBe('approved');
  });
});

describe('the document service', () => {
  const documents = () => app.strapi.documents(UID);
  // The generated input type asks for every field that has a default.
  const valid = (body: string) => ({ ...validForRest(body), moderationStatus: 'pending' as const });

  it('stores 1,500 Pashto characters with their marks', async () => {
    const created = await documents().create({ data: valid(repeat(samples.pashto, 1500)) });
    expect(created.body).toBe(repeat(samples.pashto, 1500));
  });

  it('refuses 1,501 on create and on update, writing nothing', async () => {
    await expect(documents().create({ data: valid(repeat(samples.emoji, 1501)) })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(/limit is 1,500/),
    });
    expect(await comments()).toBe(0);

    const created = await documents().create({ data: valid('Original') });
    await expect(
      documents().update({ documentId: created.documentId, data: { body: repeat(samples.emoji, 1501) } })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect((await app.strapi.db.query(UID).findOne({ where: { documentId: created.documentId } })).body).toBe('Original');
  });
});

describe('strapi.db.query, below the document service', () => {
  const query = () => app.strapi.db.query(UID);
  // The query engine links rows by id, not by documentId.
  const valid = (body: string) => ({ authorName: 'Reader', authorEmail: 'reader@example.org', body, article: articleRowId });

  it('stores 1,500 and refuses 1,501 on create', async () => {
    await query().create({ data: valid(repeat(samples.accented, 1500)) });
    await expect(query().create({ data: valid(repeat(samples.accented, 1501)) })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    expect(await comments()).toBe(1);
  });

  it('refuses 1,501 on update, updateMany and createMany', async () => {
    const row = await query().create({ data: valid('Original') });
    const long = repeat(samples.latin, 1501);
    await expect(query().update({ where: { id: row.id }, data: { body: long } })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(query().updateMany({ where: { id: row.id }, data: { body: long } })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(query().createMany({ data: [valid('fine'), valid(long)] })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await comments()).toBe(1);
    expect((await query().findOne({ where: { id: row.id } })).body).toBe('Original');
  });

  it('refuses a comment without an article, and detaching its article', async () => {
    const { article: _article, ...orphan } = valid('Where am I?');
    await expect(query().create({ data: orphan })).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/article/) });
    const row = await query().create({ data: valid('Attached') });
    await expect(query().update({ where: { id: row.id }, data: { article: null } })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await comments()).toBe(1);
  });

  it('lets a status-only update through untouched', async () => {
    const row = await query().create({ data: valid('Fine') });
    await query().update({ where: { id: row.id }, data: { moderationStatus: 'approved' } });
    expect((await query().findOne({ where: { id: row.id } })).moderationStatus).toBe('approved');
  });
});
