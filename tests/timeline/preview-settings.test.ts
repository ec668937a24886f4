import { bootApp, type TestApp } from '../helpers/app';
import { signInAsEditor } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';

/**
 * Preview links follow the settings: PREVIEW_LINK_TTL_SECONDS is how long they work, and with a
 * PUBLIC_URL they are absolute, on that origin, which the admin panel may frame.
 */
let app: TestApp;
let editor: string;
const ORIGIN = 'https://cms.example.org';

beforeAll(async () => {
  app = await bootApp({ env: { PUBLIC_URL: ORIGIN, PREVIEW_LINK_TTL_SECONDS: '90' } });
  editor = await signInAsEditor(app);
});
afterAll(async () => {
  await app?.close();
  process.env.PUBLIC_URL = '';
  delete process.env.PREVIEW_LINK_TTL_SECONDS;
});

describe('preview links and their settings', () => {
  it('last PREVIEW_LINK_TTL_SECONDS and are on the public origin', async () => {
    const documentId = await makeArticle(app, { slug: 'public-origin-preview', title: 'On the public origin', publish: false });
    const before = Math.floor(Date.now() / 1000);
    const res = await app
      .http()
      .get(`/content-manager/preview/url/api::article.article?documentId=${documentId}&locale=en&status=draft`)
      .set('Authorization', `Bearer ${editor}`)
      .expect(200);
    const link = new URL(res.body.data.url as string);
    expect(link.origin).toBe(ORIGIN);
    const expires = Number(link.searchParams.get('expires'));
    expect(expires - before).toBeGreaterThanOrEqual(90);
    expect(expires - before).toBeLessThanOrEqual(92);

    const page = await app.http().get(`${link.pathname}${link.search}`).expect(200);
    expect(page.text).toContain('On the public origin');
  });

  it('lets the admin panel frame the public origin', async () => {
    const res = await app.http().get('/_health').expect(204);
    expect(res.headers['content-security-policy']).toMatch(new RegExp(`frame-src 'self' ${ORIGIN.replace(/\./g, '\\.')}`));
  });
});
