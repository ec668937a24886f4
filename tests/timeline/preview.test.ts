import { bootApp, type TestApp } from '../helpers/app';
import { signInAsEditor } from '../helpers/auth';
import { signInAsAdminModerator } from '../helpers/moderators';
import { makeArticle } from '../helpers/articles';
import { articleCache } from '../../src/article-cache';
import { previewLink, signatureOf } from '../../src/preview/link';
import { STORED_DOCUMENTS } from '../../src/api/article/stored-documents/table';

/**
 * Preview: the admin panel's "Open preview" gives a signed link that expires, to the draft on the
 * CMS's own reader page, as it would look published, with a "Preview — not published" band; in
 * its locale; for an article never published and for a published one's unpublished changes. The
 * answers are no-store and noindex, nothing enters the page cache or the stored documents, and a
 * missing, forged, tampered or expired link is a 403.
 */
let app: TestApp;
let editor: string;
const ARTICLE = 'api::article.article';
const BAND = 'Preview — not published';

beforeAll(async () => {
  app = await bootApp();
  editor = await signInAsEditor(app);
});
afterAll(async () => {
  await app?.close();
});

const articles = () => app.strapi.documents(ARTICLE);
const keys = () => ({ secret: process.env.PREVIEW_SECRET as string, ttlSeconds: 3600 });

/** The link the admin panel's preview button opens, asked as the admin panel asks. */
const linkFromAdmin = async (documentId: string, locale = 'en', status = 'draft'): Promise<string> => {
  const res = await app
    .http()
    .get(`/content-manager/preview/url/${ARTICLE}?documentId=${documentId}&locale=${locale}&status=${status}`)
    .set('Authorization', `Bearer ${editor}`)
    .expect(200);
  return res.body.data.url as string;
};

const open = (link: string) => app.http().get(link);
const storedRows = async (documentId: string) =>
  Number(((await app.strapi.db.connection(STORED_DOCUMENTS).where({ document_id: documentId }).count({ n: '*' }).first()) as { n: number | string }).n);

const changeDraft = (documentId: string, locale: string, data: Record<string, unknown>) =>
  articles().update({ documentId, locale, data } as never);

describe('the preview link', () => {
  it('is what the admin panel gets for an article, and a draft opens through it', async () => {
    const documentId = await makeArticle(app, { slug: 'flood-warning-herat', title: 'Flood warning in Herat', publish: false });
    const link = await linkFromAdmin(documentId);
    expect(link).toMatch(new RegExp(`^/preview/articles/${documentId}\\?locale=en&status=draft&expires=\\d+&signature=[\\w-]+$`));

    // The handler config/admin.ts gives the content manager, called as it calls it.
    const { handler } = (app.strapi.config.get('admin.preview') as { config: { handler: (uid: string, p: object) => Promise<string | null> } }).config;
    expect(await handler(ARTICLE, { documentId, locale: 'en', status: 'draft' })).toMatch(/^\/preview\/articles\//);

    const res = await open(link).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<h1 id="headline"');
    expect(res.text).toContain('Flood warning in Herat');
    expect(res.text).toContain(BAND);
  });

  it('has no preview button for other content types', async () => {
    const section = (await app.strapi.documents('api::section.section').findFirst({ locale: 'en' })) as { documentId: string };
    await app
      .http()
      .get(`/content-manager/preview/url/api::section.section?documentId=${section.documentId}&locale=en&status=draft`)
      .set('Authorization', `Bearer ${editor}`)
      .expect(204);
  });

  it('is given only to who may read the story: the Comment moderator role, which reads headlines, gets none', async () => {
    const documentId = await makeArticle(app, { slug: 'moderators-no-preview', publish: false });
    const { token: moderator } = await signInAsAdminModerator(app);
    const res = await app
      .http()
      .get(`/content-manager/preview/url/${ARTICLE}?documentId=${documentId}&locale=en&status=draft`)
      .set('Authorization', `Bearer ${moderator}`);
    expect(res.status).toBe(204);
    expect(await linkFromAdmin(documentId)).toMatch(/^\/preview\/articles\//);
  });

  it('lasts an hour by default', async () => {
    const documentId = await makeArticle(app, { slug: 'link-lifetime', publish: false });
    const before = Math.floor(Date.now() / 1000);
    const expires = Number(new URL(await linkFromAdmin(documentId), 'http://cms').searchParams.get('expires'));
    expect(expires - before).toBeGreaterThanOrEqual(3600);
    expect(expires - before).toBeLessThanOrEqual(3602);
  });
});

describe('what a preview shows', () => {
  it('shows a never-published article as it would look published, which readers cannot see', async () => {
    const documentId = await makeArticle(app, { slug: 'never-published', title: 'Never published yet', publish: false });
    const res = await open(await linkFromAdmin(documentId)).expect(200);
    expect(res.text).toContain('Never published yet');
    expect(res.text).toContain('Paragraph 1.');
    expect(res.text).toContain('class="dateline"');
    await app.http().get('/articles/never-published').expect(404);
    await app.http().get('/api/articles/never-published/assembled').expect(404);
  });

  it('shows a published article’s draft changes while readers still see the published text', async () => {
    const documentId = await makeArticle(app, { slug: 'changes-waiting', title: 'The published headline' });
    await changeDraft(documentId, 'en', { title: 'The corrected headline' });

    const preview = await open(await linkFromAdmin(documentId)).expect(200);
    expect(preview.text).toContain('The corrected headline');
    expect(preview.text).not.toContain('The published headline');

    const page = await app.http().get('/articles/changes-waiting').expect(200);
    expect(page.text).toContain('The published headline');
    expect(page.text).not.toContain('The corrected headline');
    expect(page.text).not.toContain(BAND);
  });

  it('shows the published version when the admin panel asks for it', async () => {
    const documentId = await makeArticle(app, { slug: 'published-tab', title: 'What readers see' });
    await changeDraft(documentId, 'en', { title: 'What the desk is writing' });
    const res = await open(await linkFromAdmin(documentId, 'en', 'published')).expect(200);
    expect(res.text).toContain('What readers see');
  });

  it('carries the band at the top and nothing that writes: no reactions, no comment form, no script', async () => {
    const documentId = await makeArticle(app, { slug: 'inert-preview' });
    const { text } = await open(await linkFromAdmin(documentId)).expect(200);
    const body = text.slice(text.indexOf('<body>'));
    expect(body.indexOf(BAND)).toBeLessThan(body.indexOf('class="site-header"'));
    expect(text).not.toContain('id="comment-form"');
    expect(text).not.toContain('class="reaction"');
    expect(text).not.toContain('/reader/reader.js');
    // The public page of the same article has them.
    const page = await app.http().get('/articles/inert-preview').expect(200);
    expect(page.text).toContain('id="comment-form"');
    expect(page.text).toContain('/reader/reader.js');
  });

  it('shows another locale’s draft in that language, right to left', async () => {
    const documentId = await makeArticle(app, { slug: 'kabul-schools', title: 'Kabul schools reopen' });
    await changeDraft(documentId, 'fa-AF', { title: 'مکاتب کابل بازگشایی شدند' });
    const res = await open(await linkFromAdmin(documentId, 'fa-AF')).expect(200);
    expect(res.text).toMatch(/<html lang="fa-AF" dir="rtl">/);
    expect(res.text).toContain('مکاتب کابل بازگشایی شدند');
    // The band is in the version's language too.
    expect(res.text).toContain('<strong>پیش‌نمایش — نشر نشده</strong>');
    expect(res.text).not.toContain(BAND);
    // Not published in Dari: readers have no such page.
    await app.http().get('/fa-AF/articles/kabul-schools').expect(404);
  });
});

describe('what a preview answer carries, and keeps', () => {
  it('is no-store and noindex', async () => {
    const documentId = await makeArticle(app, { slug: 'headers-of-a-preview', publish: false });
    const res = await open(await linkFromAdmin(documentId)).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.headers['x-cache']).toBeUndefined();
    expect(res.headers['etag']).toBeUndefined();
  });

  it('enters neither the page cache nor the stored documents, and evicts nothing', async () => {
    const documentId = await makeArticle(app, { slug: 'cache-untouched', title: 'Cached as published' });
    const api = '/api/articles/cache-untouched/assembled';
    await app.http().get(api).expect(200);
    await app.http().get('/articles/cache-untouched').expect(200);
    expect((await app.http().get(api).expect(200)).headers['x-cache']).toBe('HIT');
    await changeDraft(documentId, 'en', { title: 'Draft not for readers' });
    // The draft's save dropped the article's pages; readers warm them again.
    await app.http().get(api).expect(200);
    await app.http().get('/articles/cache-untouched').expect(200);
    const cache = articleCache(app.strapi);
    const pages = cache.store.size;
    expect(await storedRows(documentId)).toBe(1);

    const draftOnly = await makeArticle(app, { slug: 'draft-only-cache', publish: false });
    for (const id of [documentId, draftOnly]) {
      await open(await linkFromAdmin(id)).expect(200);
      await open(await linkFromAdmin(id)).expect(200);
    }

    expect(cache.store.size).toBe(pages);
    expect(await storedRows(documentId)).toBe(1);
    expect(await storedRows(draftOnly)).toBe(0);
    const after = await app.http().get(api).expect(200);
    expect(after.headers['x-cache']).toBe('HIT');
    expect(after.body.data.title).toBe('Cached as published');
    const page = await app.http().get('/articles/cache-untouched').expect(200);
    expect(page.text).toContain('Cached as published');
    expect(page.text).not.toContain('Draft not for readers');
  });
});

describe('a link that does not open', () => {
  let documentId: string;
  let link: URL;
  beforeAll(async () => {
    documentId = await makeArticle(app, { slug: 'refused-links', title: 'Refused links', publish: false });
    await changeDraft(documentId, 'fa-AF', { title: 'پیوندهای رد شده' });
    link = new URL(await linkFromAdmin(documentId), 'http://cms');
  });
  const withQuery = (change: (query: URLSearchParams) => void, path = link.pathname) => {
    const query = new URLSearchParams(link.searchParams);
    change(query);
    return `${path}?${query.toString()}`;
  };

  it.each([
    ['without a signature', () => withQuery((q) => q.delete('signature')), /incomplete/],
    ['without an expiry', () => withQuery((q) => q.delete('expires')), /incomplete/],
    ['with no query at all', () => link.pathname, /incomplete/],
    ['with a forged signature', () => withQuery((q) => q.set('signature', 'A'.repeat(43))), /not valid/],
    ['for another document', () => withQuery(() => undefined, `/preview/articles/${'x'.repeat(documentId.length)}`), /not valid/],
    ['for another locale', () => withQuery((q) => q.set('locale', 'fa-AF')), /not valid/],
    ['with a later expiry', () => withQuery((q) => q.set('expires', String(Number(q.get('expires')) + 3600))), /not valid/],
  ])('is a 403 %s, in Strapi’s error shape, no-store and noindex', async (_case, address, message) => {
    const res = await app.http().get(address()).set('Accept', 'application/json').expect(403);
    expect(res.body).toEqual({ data: null, error: { status: 403, name: 'ForbiddenError', message: expect.stringMatching(message), details: {} } });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(JSON.stringify(res.body)).not.toContain('Refused links');
  });

  it('is a 403 once expired: a link signed with a past expiry', async () => {
    const expires = Math.floor(Date.now() / 1000) - 1;
    const signature = signatureOf({ documentId, locale: 'en', status: 'draft', expires }, keys().secret);
    const res = await app
      .http()
      .get(`/preview/articles/${documentId}?locale=en&status=draft&expires=${expires}&signature=${signature}`)
      .set('Accept', 'application/json')
      .expect(403);
    expect(res.body.error.message).toMatch(/expired/);
  });

  it('is a 403 page for a browser, as the reader page answers its errors', async () => {
    const res = await app.http().get(withQuery((q) => q.delete('signature'))).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(403);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('This preview cannot be shown');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.text).not.toContain('Refused links');
  });

  it('is a 404 for a document there is no such version of, signature valid', async () => {
    const unknown = previewLink({ documentId: 'nosuchdocument00000000000', locale: 'en', status: 'draft' }, keys());
    const res = await app.http().get(unknown).set('Accept', 'application/json').expect(404);
    expect(res.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
    expect(res.headers['cache-control']).toBe('no-store');
    // Never published in Dari: a link to its published version finds nothing.
    await app.http().get(previewLink({ documentId, locale: 'fa-AF', status: 'published' }, keys())).expect(404);
  });
});
