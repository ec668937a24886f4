import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
});
afterAll(async () => {
  await app?.close();
});

const vote = (slug: string, value: unknown, address: string, cookie?: string) => {
  const req = asReader(app, address).post(`/api/articles/${slug}/reactions`);
  if (cookie) req.set('Cookie', cookie);
  return req.send({ data: { value } });
};
const rows = () => app.strapi.db.query('api::reaction.reaction').count();

describe('"Do you like this article?"', () => {
  it('counts a like, ignores a repeat, moves the vote to dislike, and shows in the assembled article', async () => {
    await makeArticle(app, { slug: 'likeable' });
    const address = newReaderAddress();
    const first = await vote('likeable', 'like', address).expect(200);
    expect(first.body).toEqual({ data: { likes: 1, dislikes: 0, mine: 'like' } });
    await vote('likeable', 'like', address).expect(200);
    const moved = await vote('likeable', 'dislike', address).expect(200);
    expect(moved.body).toEqual({ data: { likes: 0, dislikes: 1, mine: 'dislike' } });
    await vote('likeable', 'like', newReaderAddress()).expect(200);

    const assembled = await app.http().get('/api/articles/likeable/assembled').expect(200);
    expect(assembled.body.data.reactions).toEqual({ likes: 1, dislikes: 1 });
  });

  it('sets a first-party reader cookie (httpOnly, SameSite=Lax) that keeps the vote when the address changes', async () => {
    await makeArticle(app, { slug: 'cookie-story' });
    const res = await vote('cookie-story', 'like', newReaderAddress()).expect(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const reader = cookies.find((c) => c.startsWith('newsroom_reader='));
    expect(reader).toMatch(/httponly/i);
    expect(reader).toMatch(/samesite=lax/i);
    const jar = cookies.map((c) => c.split(';')[0]).join('; ');

    const elsewhere = await vote('cookie-story', 'dislike', newReaderAddress(), jar).expect(200);
    expect(elsewhere.body.data).toEqual({ likes: 0, dislikes: 1, mine: 'dislike' });
  });

  it('stores a keyed hash, never the address or the cookie', async () => {
    await makeArticle(app, { slug: 'private-votes' });
    await vote('private-votes', 'like', '203.0.113.9').expect(200);
    const stored = await app.strapi.db.query('api::reaction.reaction').findMany({});
    const text = JSON.stringify(stored);
    expect(text).not.toContain('203.0.113.9');
    expect(stored.every((r: { voterKey: string }) => /^[0-9a-f]{64}$/.test(r.voterKey))).toBe(true);
  });

  it('100 concurrent votes from one reader leave exactly one vote', async () => {
    await makeArticle(app, { slug: 'hammered' });
    const address = newReaderAddress();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => vote('hammered', i % 2 ? 'like' : 'dislike', address))
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const assembled = await app.http().get('/api/articles/hammered/assembled').expect(200);
    const { likes, dislikes } = assembled.body.data.reactions;
    expect(likes + dislikes).toBe(1);
  });

  it.each([
    ['no value', {}, 400],
    ['an unknown value', { value: 'love' }, 400],
    ['a value that is not text', { value: ['like'] }, 400],
  ])('refuses %s, writing nothing', async (_case, data, status) => {
    await makeArticle(app, { slug: `bad-vote-${Math.random().toString(36).slice(2, 8)}` }).then(async () => {
      const before = await rows();
      const res = await asReader(app, newReaderAddress()).post('/api/articles/likeable/reactions').send({ data }).expect(status);
      expect(res.body.error).toMatchObject({ name: 'ValidationError', details: { errors: [{ path: ['value'] }] } });
      expect(await rows()).toBe(before);
    });
  });

  it('answers 404 for an unknown or unpublished article', async () => {
    await vote('no-such-article', 'like', newReaderAddress()).expect(404);
    await makeArticle(app, { slug: 'draft-votes', publish: false });
    await vote('draft-votes', 'like', newReaderAddress()).expect(404);
  });
});
