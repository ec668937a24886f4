import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { contractErrors } from '../helpers/contract';
import { DEMO_SLUG } from '../../src/demo/reference-article';

let app: TestApp;
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
});
afterAll(async () => {
  await app?.close();
});

const comment = (override: Record<string, unknown> = {}) => ({
  data: { authorName: 'Zahra', authorEmail: 'zahra@example.org', body: `A considered view ${Math.random()}.`, ...override },
});
const post = (slug: string, body: object, query = '') =>
  asReader(app, newReaderAddress()).post(`/api/articles/${slug}/comments${query}`).send(body);
const rowOf = (id: string) => app.strapi.db.query(UID).findOne({ where: { documentId: id } });
const count = () => app.strapi.db.query(UID).count();
const setArticle = async (documentId: string, data: Record<string, unknown>) => {
  await app.strapi.documents('api::article.article').update({ documentId, locale: 'en', data } as never);
  await app.strapi.documents('api::article.article').publish({ documentId, locale: 'en' });
};

describe('a reader posts a comment', () => {
  it('under pre-moderation: 201 pending, without the e-mail, and hidden until approved', async () => {
    const res = await post(DEMO_SLUG, comment({ body: 'Waiting for a moderator.' })).expect(201);
    expect(res.body).toEqual({ data: { id: expect.any(String), status: 'pending' } });
    expect(JSON.stringify(res.body)).not.toContain('zahra@example.org');

    const listed = await app.http().get(`/api/articles/${DEMO_SLUG}/comments`).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain('Waiting for a moderator.');

    await app.strapi.db.query(UID).update({ where: { documentId: res.body.data.id }, data: { moderationStatus: 'approved' } });
    const after = await app.http().get(`/api/articles/${DEMO_SLUG}/comments`).expect(200);
    expect(after.body.data.map((c: { body: string }) => c.body)).toContain('Waiting for a moderator.');
    const assembled = await app.http().get(`/api/articles/${DEMO_SLUG}/assembled`).expect(200);
    expect(contractErrors(assembled.body)).toEqual([]);
    expect(assembled.body.data.comments.items.map((c: { body: string }) => c.body)).toContain('Waiting for a moderator.');
  });

  it('under post-moderation: shown at once', async () => {
    const id = await makeArticle(app, { slug: 'post-moderated' });
    await setArticle(id, { commentModeration: 'post' });
    const res = await post('post-moderated', comment({ body: 'Straight onto the page.' })).expect(201);
    expect(res.body.data.status).toBe('approved');
    const listed = await app.http().get('/api/articles/post-moderated/comments').expect(200);
    expect(listed.body.data.map((c: { body: string }) => c.body)).toEqual(['Straight onto the page.']);
    expect(listed.body.meta).toEqual({ count: 1, nextCursor: null });
  });

  // Issue 9 turned "ignored" into "refused": a field the API does not take must not look accepted.
  it.each([
    ['status', 'approved'],
    ['moderationStatus', 'approved'],
    ['article', 'someone-elses-story'],
    ['moderationNote', 'self-approved'],
    ['moderatedBy', 'me'],
    ['reportCount', -5],
    ['isAdmin', true],
  ])('decides the status itself: "%s" in the body is refused with a 400 naming it, writing nothing', async (key, value) => {
    const before = await count();
    const res = await post(DEMO_SLUG, comment({ [key]: value })).expect(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: [key] }] } } });
    expect(await count()).toBe(before);
  });

  it('decides the status itself: pending, by the system, on the article posted to', async () => {
    await makeArticle(app, { slug: 'someone-elses-story' });
    const res = await post(DEMO_SLUG, comment()).expect(201);
    expect(res.body.data.status).toBe('pending');
    const row = await app.strapi.db.query(UID).findOne({ where: { documentId: res.body.data.id }, populate: { article: { select: ['slug'] } } });
    expect(row).toMatchObject({ moderationStatus: 'pending', moderatedBy: 'system', reportCount: 0 });
    expect(row.moderationNote).not.toBe('self-approved');
    expect(row.article.slug ?? row.article[0]?.slug).toBe(DEMO_SLUG);
  });

  it('stores a honeypot submission as spam and answers it like any other', async () => {
    const res = await post(DEMO_SLUG, comment({ website: 'http://spam.example' })).expect(201);
    expect(res.body.data.status).toBe('pending');
    expect((await rowOf(res.body.data.id)).moderationStatus).toBe('spam');
  });

  it('refuses the same comment from the same e-mail on the same article within 10 minutes: 409', async () => {
    const body = comment({ body: 'Posting this once.' });
    await post(DEMO_SLUG, body).expect(201);
    const before = await count();
    const res = await post(DEMO_SLUG, body).expect(409);
    expect(res.body).toMatchObject({ data: null, error: { status: 409, name: 'ConflictError', message: expect.stringMatching(/already posted/) } });
    expect(await count()).toBe(before);
    // Another reader may say the same thing; the same reader may say it elsewhere.
    await post(DEMO_SLUG, comment({ body: 'Posting this once.', authorEmail: 'other@example.org' })).expect(201);
    await makeArticle(app, { slug: 'another-story' });
    await post('another-story', body).expect(201);
  });

  it.each([
    ['no data envelope', { authorName: 'x' }, 'data'],
    ['a missing body', comment({ body: undefined }), 'body'],
    ['an empty name', comment({ authorName: '  ' }), 'authorName'],
    ['a malformed e-mail', comment({ authorEmail: 'zahra-at-example' }), 'authorEmail'],
    ['1,501 characters', comment({ body: '😀'.repeat(1501) }), 'body'],
    ['a parent that is not an id', comment({ parent: { id: 1 } }), 'parent'],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_case, body, field) => {
    const before = await count();
    const res = await post(DEMO_SLUG, body).expect(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(JSON.stringify(res.body.error.details)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('accepts exactly 1,500 characters of Pashto', async () => {
    await post(DEMO_SLUG, comment({ body: 'ښ'.repeat(1500) })).expect(201);
  });

  it('answers 404 for an article that does not exist or is not published', async () => {
    await post('no-such-story', comment()).expect(404);
    await makeArticle(app, { slug: 'unpublished-story', publish: false });
    const res = await post('unpublished-story', comment()).expect(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });

  it('answers 403 when comments are closed on the article, writing nothing', async () => {
    const id = await makeArticle(app, { slug: 'closed-for-comments' });
    await setArticle(id, { commentsEnabled: false });
    const before = await count();
    const res = await post('closed-for-comments', comment()).expect(403);
    expect(res.body).toMatchObject({ data: null, error: { status: 403, message: 'Comments are closed on this article.' } });
    expect(await count()).toBe(before);
  });

  it('closes comments automatically a set number of days after first publication', async () => {
    const id = await makeArticle(app, { slug: 'old-story' });
    await makeArticle(app, { slug: 'fresh-story' });
    await app.strapi.db.query('api::comment-setting.comment-setting').updateMany({ where: {}, data: { closeAfterDays: 7 } });
    try {
      // An article first published eight days ago (Strapi keeps firstPublishedAt through republishing).
      await app.strapi.db.query('api::article.article').updateMany({
        where: { documentId: id },
        data: { firstPublishedAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) },
      });
      await setArticle(id, { title: 'A correction does not reopen comments' });
      await post('old-story', comment()).expect(403);
      await post('fresh-story', comment()).expect(201);
    } finally {
      await app.strapi.db.query('api::comment-setting.comment-setting').updateMany({ where: {}, data: { closeAfterDays: null } });
    }
  });
});

describe('replies', () => {
  let article: string;
  beforeAll(async () => {
    article = await makeArticle(app, { slug: 'threaded-story' });
  });

  it('go to approved comments of the same article and appear threaded', async () => {
    const parent = await addComment(app, article, { body: 'Top-level.' });
    const res = await post('threaded-story', comment({ parent, body: 'A reply.' })).expect(201);
    await app.strapi.db.query(UID).update({ where: { documentId: res.body.data.id }, data: { moderationStatus: 'approved' } });
    const listed = await app.http().get('/api/articles/threaded-story/comments').expect(200);
    expect(listed.body.data).toEqual([expect.objectContaining({ body: 'Top-level.', replies: [expect.objectContaining({ body: 'A reply.' })] })]);
    expect(listed.body.meta.count).toBe(2);
  });

  it.each([
    ['a pending comment', { moderationStatus: 'pending' as const }],
    ['a rejected comment', { moderationStatus: 'rejected' as const }],
  ])('are refused to %s', async (_case, options) => {
    const parent = await addComment(app, article, options);
    const res = await post('threaded-story', comment({ parent })).expect(400);
    expect(res.body.error.details.errors[0].path).toEqual(['parent']);
  });

  it('are refused to a comment on another article', async () => {
    const elsewhere = await makeArticle(app, { slug: 'elsewhere' });
    const parent = await addComment(app, elsewhere);
    await post('threaded-story', comment({ parent })).expect(400);
  });

  it('nest three deep at most (the default)', async () => {
    let parent = await addComment(app, article, { body: 'Level 0' });
    for (let depth = 1; depth <= 3; depth += 1) parent = await addComment(app, article, { parent, body: `Level ${depth}` });
    const res = await post('threaded-story', comment({ parent })).expect(400);
    expect(res.body.error.message).toMatch(/3 levels deep/);
  });
});

describe('reading comments', () => {
  it('pages with a cursor and refuses a bad limit or locale', async () => {
    const id = await makeArticle(app, { slug: 'busy-story' });
    for (let i = 1; i <= 5; i += 1) await addComment(app, id, { body: `Comment ${i}` });
    const first = await app.http().get('/api/articles/busy-story/comments?limit=2').expect(200);
    expect(first.body.data.map((c: { body: string }) => c.body)).toEqual(['Comment 1', 'Comment 2']);
    expect(first.body.meta.count).toBe(5);
    const second = await app.http().get(`/api/articles/busy-story/comments?limit=2&cursor=${first.body.meta.nextCursor}`).expect(200);
    expect(second.body.data.map((c: { body: string }) => c.body)).toEqual(['Comment 3', 'Comment 4']);
    await app.http().get('/api/articles/busy-story/comments?limit=0').expect(400);
    await app.http().get('/api/articles/busy-story/comments?limit=abc').expect(400);
    await app.http().get('/api/articles/busy-story/comments?cursor=garbage').expect(400);
    await app.http().get('/api/articles/busy-story/comments?locale=xx').expect(404);
    await app.http().get('/api/articles/no-such/comments').expect(404);
  });

  it('reads the locale in any letter case, as the assembled article does', async () => {
    const id = await makeArticle(app, { slug: 'any-case-story' });
    await addComment(app, id, { body: 'Read in any case.' });
    for (const locale of ['en', 'EN', 'En']) {
      const res = await app.http().get(`/api/articles/any-case-story/comments?locale=${locale}`).expect(200);
      expect(res.body.data.map((c: { body: string }) => c.body)).toEqual(['Read in any case.']);
    }
    await asReader(app, newReaderAddress()).post('/api/articles/any-case-story/reactions?locale=EN').send({ data: { value: 'like' } }).expect(200);
  });
});
