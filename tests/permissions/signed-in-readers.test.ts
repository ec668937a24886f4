import { bootApp, type TestApp } from '../helpers/app';
import { addComment } from '../helpers/articles';
import { NO_RATE_LIMITS } from '../helpers/readers';
import { signInAsModerator, signInAsReader } from '../helpers/moderators';
import { grantReaderPermissions, READER_ACTIONS, READER_ROLE_TYPES } from '../../src/bootstrap/public-permissions';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * Signing in changes nothing for reading the site: a registered reader or a moderator, sending
 * their JWT, reads and takes part like an anonymous reader. The assembled article is cached: the
 * second request of each caller may be a cache hit, and must answer the same.
 */
let app: TestApp;
let approved: string;

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  const article = (await app.strapi.documents('api::article.article').findFirst({ locale: 'en' }))!.documentId;
  approved = await addComment(app, article, { body: 'Approved words' });
});
afterAll(async () => {
  await app?.close();
});

const callers: Array<[string, () => Promise<string>]> = [
  ['a registered reader', () => signInAsReader(app)],
  ['a moderator', async () => (await signInAsModerator(app)).jwt],
];

describe.each(callers)('%s, signed in', (_who, jwtOf) => {
  let auth: { Authorization: string };
  beforeAll(async () => {
    auth = { Authorization: `Bearer ${await jwtOf()}` };
  });

  it('reads the assembled article, cold and warm', async () => {
    await app.http().get(`/api/articles/${DEMO_SLUG}/assembled`).expect(200); // warms the cache anonymously
    for (let i = 0; i < 2; i += 1) {
      const res = await app.http().get(`/api/articles/${DEMO_SLUG}/assembled`).set(auth).expect(200);
      expect(res.body.data.slug).toBe(DEMO_SLUG);
    }
  });

  it('reads the articles through the core routes', async () => {
    const list = await app.http().get('/api/articles').set(auth).expect(200);
    await app.http().get(`/api/articles/${list.body.data[0].documentId}`).set(auth).expect(200);
  });

  it('reads, posts and reports comments, and reacts', async () => {
    await app.http().get(`/api/articles/${DEMO_SLUG}/comments`).set(auth).expect(200);
    await app
      .http()
      .post(`/api/articles/${DEMO_SLUG}/comments`)
      .set(auth)
      .send({ data: { authorName: 'Signed in', authorEmail: 'signed.in@example.org', body: `Still a reader ${Math.random()}.` } })
      .expect(201);
    await app.http().post(`/api/comments/${approved}/reports`).set(auth).send({ data: { reason: 'other' } }).expect(201);
    await app.http().post(`/api/articles/${DEMO_SLUG}/reactions`).set(auth).send({ data: { value: 'like' } }).expect(200);
  });
});

describe('bootstrap', () => {
  it('grants the same reader actions to every reader role from one list, once, however often it runs', async () => {
    await grantReaderPermissions(app.strapi);
    await grantReaderPermissions(app.strapi);
    for (const type of READER_ROLE_TYPES) {
      const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
      const permissions = await app.strapi.db
        .query('plugin::users-permissions.permission')
        .findMany({ where: { role: role.id }, select: ['action'] });
      const actions = permissions.map((p: { action: string }) => p.action).filter((a: string) => a.startsWith('api::'));
      expect(actions.sort()).toEqual([...READER_ACTIONS].sort());
    }
  });
});
