import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { newBrowser, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { READER_COOKIE } from '../../src/readers/identity';

/**
 * Each browser is its own reader, by a random identity in a signed first-party cookie: an office,
 * a university or a mobile carrier's shared address is many readers. The address is for rate
 * limits only.
 */
let app: TestApp;
let article: string;
const SLUG = 'shared-address-story';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  article = await makeArticle(app, { slug: SLUG });
});
afterAll(async () => {
  await app?.close();
});

type Browser = ReturnType<typeof newBrowser>;
const like = (browser: Browser, value = 'like') => browser.post(`/api/articles/${SLUG}/reactions`).send({ data: { value } }).expect(200);
const counts = async () => (await app.http().get(`/api/articles/${SLUG}/assembled`).expect(200)).body.data.reactions;
const readerCookie = (res: { headers: Record<string, string | string[] | undefined> }) =>
  ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${READER_COOKIE}=`));

describe('readers behind one address', () => {
  it('two browsers each like the article: the count says 2', async () => {
    const office = newReaderAddress();
    const before = await counts();
    await like(newBrowser(app, office));
    const second = await like(newBrowser(app, office));
    expect(second.body.data).toEqual({ likes: before.likes + 2, dislikes: before.dislikes, mine: 'like' });
    expect(await counts()).toEqual({ likes: before.likes + 2, dislikes: before.dislikes });
  });

  it('the same browser twice still counts once, and its vote follows it to another address', async () => {
    const browser = newBrowser(app, newReaderAddress());
    const before = await counts();
    await like(browser);
    await like(browser);
    expect(await counts()).toEqual({ likes: before.likes + 1, dislikes: before.dislikes });
    const moved = newBrowser(app, newReaderAddress());
    moved.jar.clear();
    for (const [name, value] of browser.jar) moved.jar.set(name, value);
    await like(moved, 'dislike');
    expect(await counts()).toEqual({ likes: before.likes, dislikes: before.dislikes + 1 });
  });

  it('two browsers report a comment: two reports; one browser reporting again: still one', async () => {
    const id = await addComment(app, article, { body: 'Reported from one office.' });
    const office = newReaderAddress();
    const first = newBrowser(app, office);
    for (let i = 0; i < 3; i += 1) await first.post(`/api/comments/${id}/reports`).send({ data: { reason: 'abuse' } }).expect(201);
    await newBrowser(app, office).post(`/api/comments/${id}/reports`).send({ data: { reason: 'abuse' } }).expect(201);
    const row = await app.strapi.db.query('api::comment.comment').findOne({ where: { documentId: id } });
    expect(row.reportCount).toBe(2);
  });

  it('gives each new browser its own random identity, in an httpOnly, SameSite=Lax cookie, Secure on https', async () => {
    const office = newReaderAddress();
    const a = readerCookie(await like(newBrowser(app, office)));
    const b = readerCookie(await like(newBrowser(app, office)));
    expect(a).toMatch(/httponly/i);
    expect(a).toMatch(/samesite=lax/i);
    expect(a).not.toMatch(/secure/i);
    expect(a!.split(';')[0]).not.toBe(b!.split(';')[0]);
    expect(a).not.toContain(office);

    const https = newBrowser(app, office);
    const res = await https.post(`/api/articles/${SLUG}/reactions`).set('X-Forwarded-Proto', 'https').send({ data: { value: 'like' } }).expect(200);
    expect(readerCookie(res)).toMatch(/;\s*secure/i);
  });
});

describe('a cookie the server did not sign', () => {
  it('is not trusted: a copied identity without its signature, or with a forged one, is a new reader', async () => {
    const office = newReaderAddress();
    const victim = newBrowser(app, office);
    await like(victim);
    const identity = victim.jar.get(READER_COOKIE)!;
    const before = await counts();

    for (const cookie of [`${READER_COOKIE}=${identity}`, `${READER_COOKIE}=${identity}; ${READER_COOKIE}.sig=forged-signature-value`]) {
      const res = await app
        .http()
        .post(`/api/articles/${SLUG}/reactions`)
        .set('X-Forwarded-For', office)
        .set('Cookie', cookie)
        .send({ data: { value: 'dislike' } })
        .expect(200);
      // A fresh identity, not the one it claimed.
      expect(readerCookie(res)).toBeDefined();
      expect(readerCookie(res)).not.toContain(identity);
    }
    // The victim's like stands; each forger is a reader of their own.
    expect(await counts()).toEqual({ likes: before.likes, dislikes: before.dislikes + 2 });
    expect((await like(victim)).body.data.mine).toBe('like');
  });
});
