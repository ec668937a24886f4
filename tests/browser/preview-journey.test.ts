import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { registerFirstAdmin, signInToAdmin } from '../helpers/admin-ui';

/**
 * Preview (issue 13): an editor opens a draft story in the admin panel, clicks Strapi's "Open
 * preview", and reads the draft on the newsroom's own reader page inside the preview, under the
 * "Preview — not published" band, while the story's public address has nothing yet.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let documentId: string;
const JOURNEY = 'preview';
const EMAIL = 'preview-desk@example.org';
const PASSWORD = 'Editor-Passw0rd';
const ARTICLES = `/admin/content-manager/collection-types/api::article.article`;
const STORY = {
  title: 'Kandahar airport reopens to passenger flights',
  slug: 'kandahar-airport-reopens-to-passenger-flights',
  paragraph: 'The first passenger flight in three months landed in Kandahar on Tuesday morning.',
};

beforeAll(async () => {
  server = await startServer();
  const token = await registerFirstAdmin(server.url, { firstname: 'Parwin', lastname: 'Desk', email: EMAIL, password: PASSWORD });
  // A draft the desk is writing, saved and never published.
  const created = await fetch(`${server.url}/content-manager/collection-types/api::article.article?locale=en`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      title: STORY.title,
      slug: STORY.slug,
      dateline: 'KANDAHAR',
      body: [{ __component: 'article.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: STORY.paragraph }] }] }],
    }),
  });
  if (!created.ok) throw new Error(`the draft was not made: ${created.status} ${await created.text()}`);
  documentId = ((await created.json()) as { data: { documentId: string } }).data.documentId;

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // A new administrator is offered Strapi's guided tour once, whenever the panel gets to it: skipped.
  await page.addLocatorHandler(page.getByRole('dialog').getByRole('button', { name: 'Skip' }), (skip) => skip.click());
  await signInToAdmin(page, server.url, EMAIL, PASSWORD);
}, 180000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('preview before publishing', () => {
  it('opens the draft in the preview, under the band, while the site has nothing yet', async () => {
    await page.goto(`${server.url}${ARTICLES}/${documentId}?plugins[i18n][locale]=en`, { waitUntil: 'networkidle' });
    await page.locator('input[name="title"]').waitFor();
    // The On the site panel points the editor to the preview.
    await page.getByText('Open preview (above) shows how it will look.').waitFor();
    await snapshot(page, JOURNEY, '1-draft-in-edit-view');

    await page.getByRole('link', { name: 'Open preview' }).click();
    const iframe = page.getByTestId('preview-iframe');
    await iframe.waitFor({ timeout: 30000 });
    expect(await iframe.getAttribute('src')).toMatch(new RegExp(`/preview/articles/${documentId}\\?locale=en&status=draft&expires=\\d+&signature=`));

    const preview = page.frameLocator('[data-testid="preview-iframe"]');
    await preview.getByText('Preview — not published').waitFor({ timeout: 30000 });
    await expect(preview.locator('h1#headline').textContent()).resolves.toBe(STORY.title);
    await preview.getByText(STORY.paragraph).waitFor();
    // Nothing in the preview writes: no comment form, no reaction buttons.
    expect(await preview.locator('#comment-form, button.reaction').count()).toBe(0);
    await snapshot(page, JOURNEY, '2-preview-with-band');

    // Readers have no page at the story's address until it is published.
    const reader = await fetch(`${server.url}/articles/${STORY.slug}`);
    expect(reader.status).toBe(404);
  });
});
