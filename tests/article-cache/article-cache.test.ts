import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { createApiToken } from '../helpers/auth';
import { signInAsModerator } from '../helpers/moderators';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { contractErrors } from '../helpers/contract';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * The assembled article's cache: served from memory, validated with ETag, labelled for CDNs, and
 * dropped by every change a reader would see, whichever way the change is written.
 */
let app: TestApp;

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
});
afterAll(async () => {
  await app?.close();
});

const url = (slug: string, query = '') => `/api/articles/${slug}/assembled${query}`;
const get = (slug: string, query = '') => app.http().get(url(slug, query));
const documents = (uid: string) => app.strapi.documents(uid as 'api::article.article');

/** The page as the next reader gets it: a change must show on the very next request. */
const fresh = async (slug: string) => (await get(slug).expect(200)).body.data;

describe('HTTP caching', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = await makeArticle(app, { slug: 'cached-page' });
  });

  it('the first request assembles, the next is served from the cache with the same bytes and validator', async () => {
    const first = await get('cached-page').expect(200);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(contractErrors(first.body)).toEqual([]);
    const second = await get('cached-page').expect(200);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers.etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers with headers a CDN can use: short max-age, stale-while-revalidate, keys to purge the article by', async () => {
    const res = await get('cached-page').expect(200);
    expect(res.headers['cache-control']).toMatch(/public/);
    expect(res.headers['cache-control']).toMatch(/max-age=1\b/);
    expect(res.headers['cache-control']).toMatch(/stale-while-revalidate=\d+/);
    expect(res.headers['surrogate-key'].split(' ')).toContain(`article-${documentId}`);
    expect(res.headers['cache-tag'].split(',')).toContain(`article-${documentId}`);
    // The photos and quotes shown are keys too: editing one can purge every article showing it.
    expect(res.headers['surrogate-key']).toMatch(/\bimage-\w+/);
    expect(res.headers['surrogate-key']).toMatch(/\bquote-\w+/);
  });

  it('carries the same security headers from the cache as from the full pipeline', async () => {
    await makeArticle(app, { slug: 'headers-page' });
    const miss = await get('headers-page').expect(200);
    const hit = await get('headers-page').expect(200);
    expect(miss.headers['x-cache']).toBe('MISS');
    expect(hit.headers['x-cache']).toBe('HIT');
    for (const header of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'strict-transport-security', 'x-powered-by', 'referrer-policy']) {
      expect([header, hit.headers[header]]).toEqual([header, miss.headers[header]]);
    }
    expect(hit.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a cross-origin front-end with the CORS headers the full pipeline gives that origin', async () => {
    const origin = 'https://front-end.example';
    const first = await get('cached-page').set('Origin', origin).expect(200);
    const early = await get('cached-page').set('Origin', origin).expect(200);
    expect(early.headers['x-cache']).toBe('HIT');
    for (const header of ['access-control-allow-origin', 'access-control-allow-credentials', 'vary']) {
      expect([header, early.headers[header]]).toEqual([header, first.headers[header]]);
    }
    expect(early.text).toBe(first.text);
  });

  it('answers If-None-Match with 304 and no body, in every form a client may send it', async () => {
    const { etag } = (await get('cached-page').expect(200)).headers;
    for (const value of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get('cached-page').set('If-None-Match', value).expect(304);
      expect(res.text).toBeFalsy();
      expect(res.headers.etag).toBe(etag);
      expect(res.headers['cache-control']).toMatch(/max-age=1\b/);
    }
    await get('cached-page').set('If-None-Match', '"something-else"').expect(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await app.http().head(url('cached-page')).expect(200);
    expect(res.headers.etag).toBeTruthy();
    expect(res.text).toBeFalsy();
  });

  it('ignores unknown parameters (cache-busters) but still refuses malformed ones, cached or not', async () => {
    await get('cached-page').expect(200);
    expect((await get('cached-page', '?utm_source=social&_=123').expect(200)).headers['x-cache']).toBe('HIT');
    const bracketed = await get('cached-page', '?locale[]=en').expect(400);
    expect(bracketed.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    await get('cached-page', '?locale=en&locale=fa-AF').expect(400);
    await get('cached-page', `?cursor=${'x'.repeat(201)}`).expect(400);
    await get('cached-page', '?locale=%3Cscript%3E').expect(404);
  });

  it('keeps each locale and each comment page apart', async () => {
    const byDefault = await get('cached-page').expect(200);
    const en = await get('cached-page', '?locale=en').expect(200);
    expect(en.body.data.locale).toBe('en');
    expect(en.text).toBe(byDefault.text);
    await get('cached-page', '?locale=ps').expect(404);
  });

  it('serves an authenticated request through the permission check, from the same cache', async () => {
    const token = await createApiToken(app, 'full-access');
    const res = await get('cached-page').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.headers['x-cache']).toBe('HIT');
    await get('cached-page').set('Authorization', 'Bearer not-a-token').expect(401);
  });
});

describe('every change a reader would see drops the page at once', () => {
  it('an edit published by an editor; a draft saved but not published changes nothing', async () => {
    const id = await makeArticle(app, { slug: 'edited-page', title: 'First headline' });
    expect((await fresh('edited-page')).title).toBe('First headline');
    await documents('api::article.article').update({ documentId: id, locale: 'en', data: { title: 'Draft headline' } } as never);
    expect((await fresh('edited-page')).title).toBe('First headline');
    await documents('api::article.article').publish({ documentId: id, locale: 'en' });
    expect((await fresh('edited-page')).title).toBe('Draft headline');
  });

  it('an unpublished article is gone at once; republished, it is back', async () => {
    const id = await makeArticle(app, { slug: 'pulled-page' });
    await get('pulled-page').expect(200);
    await get('pulled-page').expect(200);
    await documents('api::article.article').unpublish({ documentId: id, locale: 'en' });
    await get('pulled-page').expect(404);
    await documents('api::article.article').publish({ documentId: id, locale: 'en' });
    await get('pulled-page').expect(200);
  });

  it('a changed slug: the old address no longer serves the cached page but leads to the new one, which serves', async () => {
    const id = await makeArticle(app, { slug: 'old-address' });
    await get('old-address').expect(200);
    await documents('api::article.article').update({ documentId: id, locale: 'en', data: { slug: 'new-address' } } as never);
    await documents('api::article.article').publish({ documentId: id, locale: 'en' });
    const moved = await get('old-address').expect(301);
    expect(moved.headers.location).toBe('/api/articles/new-address/assembled');
    await get('new-address').expect(200);
  });

  it("an Image's caption and credit, a Quote's words, its speaker's name, an author's name", async () => {
    await makeArticle(app, { slug: 'sources-page' });
    const before = await fresh('sources-page');
    const image = before.heroImage.id as string;
    const quoteBlock = before.body.find((block: { type: string }) => block.type === 'quote');
    const quote = await documents('api::quote.quote').findOne({ documentId: quoteBlock.quoteId, populate: { speaker: true } } as never);
    const speaker = (quote as unknown as { speaker: { documentId: string } }).speaker.documentId;

    const update = async (uid: string, documentId: string, data: object) => {
      await documents(uid).update({ documentId, data } as never);
      // Image, Quote, Person and Author have no drafts: an update is what readers get.
      const model = app.strapi.getModel(uid as 'api::article.article');
      if (model.options?.draftAndPublish) await documents(uid).publish({ documentId } as never);
    };

    await update('api::image.image', image, { caption: 'A new caption.', credit: 'New Credit/Agency' });
    let now = await fresh('sources-page');
    expect(now.heroImage).toMatchObject({ caption: 'A new caption.', credit: 'New Credit/Agency' });

    await update('api::quote.quote', quoteBlock.quoteId, { text: 'Words corrected after the interview.' });
    now = await fresh('sources-page');
    expect(now.body.find((block: { quoteId?: string }) => block.quoteId === quoteBlock.quoteId).text).toBe('Words corrected after the interview.');

    await update('api::person.person', speaker, { name: 'Corrected Name' });
    now = await fresh('sources-page');
    expect(now.body.find((block: { quoteId?: string }) => block.quoteId === quoteBlock.quoteId).speaker.name).toBe('Corrected Name');

    const demo = await fresh(DEMO_SLUG);
    const author = await documents('api::author.author').findFirst({ filters: { slug: demo.byline[0].slug } } as never);
    await update('api::author.author', (author as { documentId: string }).documentId, { name: 'Renamed Reporter' });
    expect((await fresh(DEMO_SLUG)).byline[0].name).toBe('Renamed Reporter');
  });

  it('a comment approved by a moderator; a comment waiting for moderation leaves the page cached', async () => {
    await makeArticle(app, { slug: 'discussed-page' });
    await get('discussed-page').expect(200);
    const posted = await asReader(app, newReaderAddress())
      .post('/api/articles/discussed-page/comments')
      .send({ data: { authorName: 'Zahra', authorEmail: 'zahra@example.org', body: 'A considered view.' } })
      .expect(201);
    const waiting = await get('discussed-page').expect(200);
    expect(waiting.headers['x-cache']).toBe('HIT');
    expect(waiting.body.data.comments.count).toBe(0);

    const { jwt } = await signInAsModerator(app);
    await app.http().post(`/api/moderation/comments/${posted.body.data.id}/approve`).set('Authorization', `Bearer ${jwt}`).send({}).expect(200);
    const shown = await fresh('discussed-page');
    expect(shown.comments.count).toBe(1);
    expect(shown.comments.items[0].body).toBe('A considered view.');

    await app.http().post(`/api/moderation/comments/${posted.body.data.id}/reject`).set('Authorization', `Bearer ${jwt}`).send({}).expect(200);
    expect((await fresh('discussed-page')).comments.count).toBe(0);
  });

  it('a reaction, and a changed vote', async () => {
    await makeArticle(app, { slug: 'liked-page' });
    await get('liked-page').expect(200);
    const reader = asReader(app, newReaderAddress());
    const vote = await reader.post('/api/articles/liked-page/reactions').send({ data: { value: 'like' } }).expect(200);
    const cookie = vote.headers['set-cookie'];
    expect((await fresh('liked-page')).reactions).toEqual({ likes: 1, dislikes: 0 });
    const again = reader.post('/api/articles/liked-page/reactions');
    if (cookie) again.set('Cookie', cookie);
    await again.send({ data: { value: 'dislike' } }).expect(200);
    expect((await fresh('liked-page')).reactions).toEqual({ likes: 0, dislikes: 1 });
  });

  it('the public role losing the permission: anonymous readers are refused at once, cached page or not', async () => {
    await makeArticle(app, { slug: 'guarded-page' });
    await get('guarded-page').expect(200);
    expect((await get('guarded-page').expect(200)).headers['x-cache']).toBe('HIT');

    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const granted = await permissions.findOne({ where: { action: 'api::article.article.assembled', role: role.id } });
    await permissions.delete({ where: { id: granted.id } });
    const refused = await get('guarded-page').expect(403);
    expect(refused.body.error).toMatchObject({ status: 403 });
    await permissions.create({ data: { action: 'api::article.article.assembled', role: role.id } });
    await get('guarded-page').expect(200);
  });
});
