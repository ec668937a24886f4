import { bootApp, type TestApp } from '../helpers/app';
import { addComment, addReaction } from '../helpers/articles';
import { NO_RATE_LIMITS } from '../helpers/readers';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * No public route returns an e-mail address, a comment that is not approved, a voter or reporter
 * key, or a moderation note. The test walks every GET route of the content API, the core REST
 * routes of every content type included, as an anonymous reader.
 */
let app: TestApp;
const SECRETS = {
  email: 'hidden.reader@example.org',
  pending: 'PENDING-COMMENT-TEXT',
  rejected: 'REJECTED-COMMENT-TEXT',
  spam: 'SPAM-COMMENT-TEXT',
  note: 'MODERATION-NOTE-TEXT',
  voter: 'VOTER-KEY-VALUE',
};

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  const article = (await app.strapi.documents('api::article.article').findFirst({ locale: 'en' }))!.documentId;
  const approved = await addComment(app, article, { body: 'An approved comment.' });
  await app.strapi.db.query('api::comment.comment').updateMany({
    where: { documentId: approved },
    data: { authorEmail: SECRETS.email, moderationNote: SECRETS.note },
  });
  await addComment(app, article, { body: SECRETS.pending, moderationStatus: 'pending' });
  await addComment(app, article, { body: SECRETS.rejected, moderationStatus: 'rejected' });
  await addComment(app, article, { body: SECRETS.spam, moderationStatus: 'spam' });
  await addReaction(app, article, 'like', SECRETS.voter);
  await app.http().post(`/api/comments/${approved}/reports`).send({ data: { reason: 'other', note: 'a note' } }).expect(201);
});
afterAll(async () => {
  await app?.close();
});

const contentApiGetRoutes = (): string[] => {
  const paths = new Set<string>();
  const collect = (routes: Array<{ method: string; path: string; info?: { type?: string } }>, prefix: string) => {
    for (const route of routes) if (route.method === 'GET') paths.add(`${prefix}${route.path}`);
  };
  for (const api of Object.values(app.strapi.apis) as Array<{ routes: Record<string, { routes: Array<{ method: string; path: string }> }> }>) {
    for (const router of Object.values(api.routes)) collect(router.routes, '/api');
  }
  for (const plugin of Object.values(app.strapi.plugins) as Array<{ routes?: Record<string, { type?: string; routes: Array<{ method: string; path: string }> }> }>) {
    for (const router of Object.values(plugin.routes ?? {})) {
      if (router.type === 'content-api') collect(router.routes, '/api');
    }
  }
  return [...paths];
};

describe('an anonymous reader, on every public GET route', () => {
  it('never sees an e-mail, a hidden comment, a voter key or a moderation note', async () => {
    const article = (await app.strapi.documents('api::article.article').findFirst({ locale: 'en' }))!.documentId;
    const comment = (await app.strapi.db.query('api::comment.comment').findOne({ where: { body: SECRETS.pending } })).documentId;
    const routes = contentApiGetRoutes();
    expect(routes.length).toBeGreaterThan(20);

    const visited: Array<[string, number]> = [];
    for (const route of routes) {
      const concrete = route
        .replace(':slug', DEMO_SLUG)
        .replace(/:id\b/, route.includes('comment') ? comment : article)
        .replace(/:[a-zA-Z]+/g, article);
      for (const query of ['', '?populate=*', '?populate[article]=*&populate[replies]=*&populate[history]=*&populate[reports]=*']) {
        const res = await app.http().get(`${concrete}${query}`);
        visited.push([`${concrete}${query}`, res.status]);
        const text = JSON.stringify(res.body);
        for (const secret of Object.values(SECRETS)) {
          if (text.includes(secret)) throw new Error(`${concrete}${query} (${res.status}) exposes "${secret}"`);
        }
        // As keys: the comment policy legitimately names "authorEmail" as a required form field, and
        // the API contract (/api/openapi.json) describes the moderators' fields: it carries no data.
        if (route === '/api/openapi.json') continue;
        const privateKey = text.match(/"(authorEmail|voterKey|reporterKey|moderationNote|moderatedBy|ballot)":/);
        if (privateKey) throw new Error(`${concrete}${query} (${res.status}) has the private field ${privateKey[1]}`);
      }
    }
    // The readers' routes answered, so the walk did read real content.
    expect(visited.filter(([, status]) => status === 200).map(([url]) => url)).toEqual(
      expect.arrayContaining([`/api/articles/${DEMO_SLUG}/assembled`, `/api/articles/${DEMO_SLUG}/comments`, '/api/articles'])
    );
  });
});
