import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';
import { signInAsModerator, signInAsReader } from '../helpers/moderators';

/**
 * Readers (anonymous, or signed in through users-permissions) only ever see published versions,
 * whatever they ask for. Admin-issued API tokens keep Strapi's `status=draft` (preview, builds).
 */
let app: TestApp;
let embargoed: string; // never published
let edited: string; // published, with a newer unpublished edit
const SECRET = {
  title: 'EMBARGOED-HEADLINE',
  standfirst: 'EMBARGOED-STANDFIRST',
  body: 'Paragraph 1.', // the text of every test article; the embargoed one is the only draft-only article
  edit: 'UNPUBLISHED-EDIT-HEADLINE',
  locale: 'UNPUBLISHED-DARI-HEADLINE',
};
const PUBLISHED_TITLE = 'The published headline';

beforeAll(async () => {
  app = await bootApp();
  embargoed = await makeArticle(app, { slug: 'embargoed-story', title: SECRET.title, publish: false });
  await app.strapi.documents('api::article.article').update({
    documentId: embargoed,
    locale: 'en',
    data: { standfirst: SECRET.standfirst },
  } as never);
  edited = await makeArticle(app, { slug: 'edited-story', title: PUBLISHED_TITLE });
  await app.strapi.documents('api::article.article').update({ documentId: edited, locale: 'en', data: { title: SECRET.edit } } as never);
  // A translation that exists only as a draft.
  await app.strapi.documents('api::article.article').update({
    documentId: edited,
    locale: 'fa-AF',
    data: { title: SECRET.locale, slug: 'edited-story', dateline: 'HERAT' },
  } as never);
});
afterAll(async () => {
  await app?.close();
});

const LIST_QUERIES = [
  '',
  '?status=draft',
  '?status[]=draft',
  '?status[0]=draft&status[1]=published',
  '?status=DRAFT',
  '?status=anything',
  '?filters[publishedAt][$null]=true',
  '?filters[publishedAt][$null]=true&status=draft',
  '?status=draft&populate=*',
  '?status=draft&populate[body]=true',
  '?status=draft&locale=fa-AF',
  '?status=draft&locale=*',
  '?locale=fa-AF',
  '?status=draft&hasPublishedVersion=false',
  '?status=draft&publicationFilter=never-published',
  '?status=draft&filters[title][$contains]=EMBARGOED',
  '?status=draft&filters[documentId][$eq]=EMBARGOED_ID',
];
const ONE_QUERIES = ['', '?status=draft', '?status=draft&populate=body', '?status[]=draft&populate=*', '?status=draft&locale=fa-AF', '?locale=fa-AF'];

const callers: Array<[string, () => Promise<Record<string, string>>]> = [
  ['an anonymous reader', async () => ({})],
  ['a signed-in reader', async () => ({ Authorization: `Bearer ${await signInAsReader(app)}` })],
  ['a signed-in moderator', async () => ({ Authorization: `Bearer ${(await signInAsModerator(app)).jwt}` })],
];

const expectNoDraft = (text: string) => {
  for (const secret of [SECRET.title, SECRET.standfirst, SECRET.edit, SECRET.locale]) expect(text).not.toContain(secret);
  expect(text).not.toContain(embargoed);
};

describe.each(callers)('%s', (_who, headersOf) => {
  let headers: Record<string, string>;
  beforeAll(async () => {
    headers = await headersOf();
  });

  it.each(LIST_QUERIES)('lists only published versions: GET /api/articles%s', async (query) => {
    const res = await app.http().get(`/api/articles${query.replace('EMBARGOED_ID', embargoed)}`).set(headers);
    expect([200, 400]).toContain(res.status);
    expectNoDraft(res.text);
    if (res.status === 200) {
      for (const article of res.body.data) expect(article.publishedAt).toBeTruthy();
      // The count does not give drafts away either.
      expect(res.body.meta.pagination.total).toBe(res.body.data.length);
    }
  });

  it.each(ONE_QUERIES)('cannot open a never-published article: GET /api/articles/:documentId%s', async (query) => {
    const res = await app.http().get(`/api/articles/${embargoed}${query}`).set(headers);
    expect([404, 400]).toContain(res.status);
    expectNoDraft(res.text);
  });

  it.each(ONE_QUERIES)('gets the published version of an edited article: GET /api/articles/:documentId%s', async (query) => {
    const res = await app.http().get(`/api/articles/${edited}${query}`).set(headers);
    expectNoDraft(res.text);
    if (query.includes('fa-AF')) expect(res.status).toBe(404);
    else {
      expect(res.status).toBe(200);
      expect(res.body.data.title).toBe(PUBLISHED_TITLE);
    }
  });

  it('still reads the published article, list and findOne', async () => {
    const list = await app.http().get('/api/articles').set(headers).expect(200);
    expect(list.body.data.map((a: { title: string }) => a.title)).toContain(PUBLISHED_TITLE);
    await app.http().get(`/api/articles/${edited}?populate=body`).set(headers).expect(200);
  });
});

describe('an API token issued by an administrator', () => {
  it('may read drafts with status=draft, for previews and builds', async () => {
    const token = await createApiToken(app, 'read-only');
    const list = await app.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).expect(200);
    expect(list.text).toContain(SECRET.title);
    const one = await app.http().get(`/api/articles/${edited}?status=draft`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(one.body.data.title).toBe(SECRET.edit);
    // Without asking, it gets the published version like anyone.
    const published = await app.http().get(`/api/articles/${edited}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(published.body.data.title).toBe(PUBLISHED_TITLE);
  });
});

describe('a draft reached through a relation from a type without drafts', () => {
  // Tags have no draft and publish; their `articles` link every article row, drafts included
  // (Strapi gives the published rows). Their routes are closed today; an editor may open them.
  const opened = ['api::tag.tag.find', 'api::tag.tag.findOne'];
  let tag: string;
  beforeAll(async () => {
    for (const type of ['public', 'authenticated']) {
      const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
      for (const action of opened) await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
    tag = (await app.strapi.documents('api::tag.tag').create({ data: { name: 'Embargoes', slug: 'embargoes' } } as never)).documentId;
    await app.strapi.documents('api::article.article').update({ documentId: embargoed, locale: 'en', data: { tags: [tag] } } as never);
    await app.strapi.documents('api::article.article').update({ documentId: edited, locale: 'en', data: { tags: [tag], title: PUBLISHED_TITLE } } as never);
    await app.strapi.documents('api::article.article').publish({ documentId: edited, locale: 'en' });
    await app.strapi.documents('api::article.article').update({ documentId: edited, locale: 'en', data: { title: SECRET.edit } } as never);
  });
  afterAll(async () => {
    await app.strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { action: { $in: opened } } });
  });

  it.each([
    '/api/tags?populate=articles',
    '/api/tags?populate=*',
    '/api/tags?populate[articles][populate]=*',
    '/api/tags?populate[articles][filters][publishedAt][$null]=true',
    '/api/tags/TAG?populate=articles',
    '/api/articles?populate[tags][populate][articles]=true',
    '/api/articles?status=draft&populate[tags][populate]=*',
  ])('shows only published articles: GET %s', async (path) => {
    for (const headers of [{}, { Authorization: `Bearer ${await signInAsReader(app)}` }]) {
      const res = await app.http().get(path.replace('TAG', tag)).set(headers).expect(200);
      expectNoDraft(res.text);
      if (!path.includes('$null')) expect(res.text).toContain(PUBLISHED_TITLE);
    }
  });
});
