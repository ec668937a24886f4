import path from 'path';
import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { signInAsReader } from '../helpers/moderators';
import { NO_RATE_LIMITS } from '../helpers/readers';

/**
 * One cached answer: a query is answered the same whether the page is cold (assembled by the
 * controller), warm through the pipeline, or warm from the HTTP server's early answer; and what
 * a stranger sends (junk cursors, junk Origins) cannot push real pages out or switch the early
 * answer off.
 */
let app: TestApp;

const MAX_ENTRIES = 50;

beforeAll(async () => {
  app = await bootApp({ env: { ...NO_RATE_LIMITS, COMMENTS_PAGE_SIZE: '2', ARTICLE_CACHE_MAX_ENTRIES: String(MAX_ENTRIES) } });
});
afterAll(async () => {
  await app?.close();
});

/** The process's page cache, from the compiled module Strapi itself loaded. */
const cache = () => {
  const mod = require(path.resolve(__dirname, '..', '..', 'dist', 'src', 'article-cache')) as {
    articleCache(strapi: unknown): { store: { size: number }; invalidate(tags: string[] | 'all'): void };
  };
  return mod.articleCache(app.strapi);
};

/** How many requests reached Koa (the pipeline): the early answer never does. */
const koaRequests = () => {
  const koa = app.strapi.server.app as unknown as { handleRequest: (...args: unknown[]) => unknown };
  const original = koa.handleRequest;
  let count = 0;
  koa.handleRequest = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  return { get count() { return count; }, restore: () => { koa.handleRequest = original; } };
};

let origins = 0;
const freshOrigin = () => `https://front-${(origins += 1)}.example`;

const cursorOf = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('a query is answered the same cold, warm and early', () => {
  const slug = 'odd-queries';
  beforeAll(async () => {
    const id = await makeArticle(app, { slug });
    for (let i = 1; i <= 3; i += 1) await addComment(app, id, { body: `Comment ${i}` });
    // A Dari translation, for the locale's case.
    await app.strapi.documents('api::article.article').update({
      documentId: id,
      locale: 'fa-AF',
      data: { title: 'سرخط دری', slug, body: [{ __component: 'article.subheading', text: 'بخش اول' }] },
    } as never);
    await app.strapi.documents('api::article.article').publish({ documentId: id, locale: 'fa-AF' });
  });

  const junkCursor = cursorOf({ createdAt: '1999-01-01T00:00:00.000Z', id: 1 });
  it.each([
    ['no query', '', 200],
    ['an empty query', '?', 200],
    ['a repeated locale', '?locale=en&locale=en', 400],
    ['two locales', '?locale=en&locale=fa-AF', 400],
    ['a bracketed locale', '?locale[]=en', 400],
    ['an encoded bracketed locale', '?locale%5B%5D=en', 400],
    ['an indexed cursor', '?cursor[0]=abc', 400],
    ['unknown parameters', '?utm_source=social&_=123', 200],
    ['a parameter named in capitals', '?LOCALE=fa-AF', 200],
    ['an empty locale', '?locale=', 200],
    ['an empty cursor', '?cursor=', 200],
    ['an empty cursor and a locale', '?cursor=&locale=fa-AF', 200],
    ['a cursor that is not ours', '?cursor=bm90LWEtY3Vyc29y', 400],
    ['a cursor too long', `?cursor=${'x'.repeat(201)}`, 400],
    // Answered, never cached: no page of ours links to it.
    ['a decodable cursor no page gave', `?cursor=${junkCursor}`, 200, false],
    ['a locale in odd case', '?locale=FA-af', 200],
    ['a locale in capitals', '?locale=EN', 200],
    ['a locale with no translation', '?locale=ps', 404],
    ['an unknown locale', '?locale=de', 404],
    ['a malformed locale', '?locale=%3Cscript%3E', 404],
  ])('%s', async (_case, query, status, cached = true) => {
    await compareColdAndWarm(`/api/articles/${slug}/assembled${query}`, status as number, cached as boolean);
  });

  it.each([
    ['a trailing slash', `/api/articles/${slug}/assembled/`, 200],
    ['an encoded slug', `/api/articles/odd%2Dqueries/assembled`, 200],
    ['an encoded slash in the slug', `/api/articles/odd%2Fqueries/assembled`, 404],
    ['a slug that is not one', `/api/articles/Odd_Queries/assembled`, 404],
    ['a broken escape', `/api/articles/odd%E0%A4queries/assembled`, 404],
  ])('%s', async (_case, url, status) => {
    await compareColdAndWarm(url, status);
  });

  /** Cold (the cache emptied), then twice more with a new Origin: the pipeline, then the early answer. */
  const compareColdAndWarm = async (url: string, status: number, cached = true) => {
    cache().invalidate('all');
    const origin = freshOrigin();
    const koa = koaRequests();
    try {
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push(await app.http().get(url).set('Origin', origin));
      expect(answers.map((res) => res.status)).toEqual([status, status, status]);
      for (const res of answers.slice(1)) expect(res.text).toBe(answers[0].text);
      if (status === 200 && !cached) expect(answers.map((res) => res.headers['x-cache'])).toEqual(['MISS', 'MISS', 'MISS']);
      if (status === 200 && cached) {
        expect(answers.map((res) => res.headers['x-cache'])).toEqual(['MISS', 'HIT', 'HIT']);
        // The first answer taught the early path this Origin's headers: the third never reached Koa.
        expect(koa.count).toBeLessThan(3);
      }
    } finally {
      koa.restore();
    }
  };

  it('reads ?locale=FA-af as fa-AF: the same page, the same cache entry', async () => {
    const canonical = await app.http().get(`/api/articles/${slug}/assembled?locale=fa-AF`).expect(200);
    const odd = await app.http().get(`/api/articles/${slug}/assembled?locale=FA-af`).expect(200);
    expect(odd.body.data.locale).toBe('fa-AF');
    expect(odd.text).toBe(canonical.text);
    expect(odd.headers['x-cache']).toBe('HIT');
  });

  it('the reader page reads its address through the same parser: /FA-af/articles/:slug is the Dari page', async () => {
    const res = await app.http().get(`/FA-af/articles/${slug}`).expect(200);
    expect(res.text).toContain('سرخط دری');
  });
});

describe('comment cursors', () => {
  const slug = 'much-discussed';
  let firstPage: { nextCursor: string };
  beforeAll(async () => {
    // Small, so that the 2,000 requests below cost little more than their fixed queries each.
    const id = await makeArticle(app, { slug, paragraphs: 1, withMedia: false });
    for (let i = 1; i <= 5; i += 1) await addComment(app, id, { body: `Comment ${i}` });
    firstPage = (await app.http().get(`/api/articles/${slug}/assembled`).expect(200)).body.data.comments;
  });

  it('caches the next page of comments the page itself links to, under any spelling of its cursor', async () => {
    const url = `/api/articles/${slug}/assembled?cursor=${firstPage.nextCursor}`;
    const first = await app.http().get(url).expect(200);
    const second = await app.http().get(url).expect(200);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.text).toBe(first.text);
    // The same position, spelt differently (key order, padding): the same entry.
    const decoded = JSON.parse(Buffer.from(firstPage.nextCursor, 'base64url').toString('utf8'));
    const respelt = Buffer.from(JSON.stringify({ id: decoded.id, createdAt: decoded.createdAt })).toString('base64');
    const again = await app.http().get(`/api/articles/${slug}/assembled?cursor=${encodeURIComponent(respelt)}`).expect(200);
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.text).toBe(first.text);
  });

  it('2,000 junk but decodable cursors do not evict the real pages, and the cache stays small', async () => {
    const page = `/api/articles/${slug}/assembled`;
    await app.http().get(page).expect(200);
    const next = `${page}?cursor=${firstPage.nextCursor}`;
    await app.http().get(next).expect(200);
    const before = cache().store.size;

    const junk = Array.from({ length: 2000 }, (_, i) => cursorOf({ createdAt: new Date(i + 1).toISOString(), id: i + 1 }));
    for (let i = 0; i < junk.length; i += 20) {
      await Promise.all(
        junk.slice(i, i + 20).map(async (cursor) => {
          const res = await app.http().get(`${page}?cursor=${cursor}`);
          expect(res.status).toBe(200);
        })
      );
    }

    expect((await app.http().get(page).expect(200)).headers['x-cache']).toBe('HIT');
    expect((await app.http().get(next).expect(200)).headers['x-cache']).toBe('HIT');
    expect(cache().store.size).toBeLessThanOrEqual(before);
    // 2,000 assemblies: about 20 s on a quiet machine, minutes on a busy one.
  }, 600000);

  it('does not cache a cursor on an article whose comments fit on one page', async () => {
    const id = await makeArticle(app, { slug: 'quiet-story' });
    await addComment(app, id, { body: 'Only one.' });
    const first = (await app.http().get('/api/articles/quiet-story/assembled').expect(200)).body.data.comments;
    expect(first.nextCursor).toBeNull();
    const cursor = cursorOf({ createdAt: '2000-01-01T00:00:00.000Z', id: 1 });
    await app.http().get(`/api/articles/quiet-story/assembled?cursor=${cursor}`).expect(200);
    const again = await app.http().get(`/api/articles/quiet-story/assembled?cursor=${cursor}`).expect(200);
    expect(again.headers['x-cache']).toBe('MISS');
  });
});

describe('the early answer under junk Origins', () => {
  it('250 junk Origins do not switch it off: a new front-end is answered early after one pipeline answer', async () => {
    await makeArticle(app, { slug: 'many-origins' });
    const url = '/api/articles/many-origins/assembled';
    await app.http().get(url).expect(200);
    for (let i = 0; i < 250; i += 1) await app.http().get(url).set('Origin', `https://junk-${i}.example`).expect(200);

    const origin = 'https://real-front-end.example';
    const koa = koaRequests();
    try {
      const first = await app.http().get(url).set('Origin', origin).expect(200);
      expect(koa.count).toBe(1);
      const second = await app.http().get(url).set('Origin', origin).expect(200);
      const third = await app.http().get(url).set('Origin', origin).expect(200);
      expect(koa.count).toBe(1);
      for (const res of [second, third]) {
        expect(res.text).toBe(first.text);
        expect(res.headers['access-control-allow-origin']).toBe(first.headers['access-control-allow-origin']);
      }
    } finally {
      koa.restore();
    }
  });
});

describe('signed-in readers', () => {
  beforeAll(async () => {
    // The Authenticated role's reading permissions are granted by the app's bootstrap (security);
    // granted here too, if missing, so this file tests the page path on its own.
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const action = 'api::article.article.assembled';
    if (!(await permissions.findOne({ where: { action, role: role.id } }))) await permissions.create({ data: { action, role: role.id } });
  });

  it('get the same page as anonymous readers with a users-permissions JWT, never from the early answer', async () => {
    await makeArticle(app, { slug: 'signed-in-page' });
    const url = '/api/articles/signed-in-page/assembled';
    const jwt = await signInAsReader(app);
    const signedInCold = await app.http().get(url).set('Authorization', `Bearer ${jwt}`).expect(200);
    const anonymous = await app.http().get(url).expect(200);
    expect(anonymous.text).toBe(signedInCold.text);

    const koa = koaRequests();
    try {
      const signedInWarm = await app.http().get(url).set('Authorization', `Bearer ${jwt}`).expect(200);
      expect(signedInWarm.text).toBe(anonymous.text);
      expect(signedInWarm.headers['x-cache']).toBe('HIT');
      expect(koa.count).toBe(1);
    } finally {
      koa.restore();
    }
  });
});
