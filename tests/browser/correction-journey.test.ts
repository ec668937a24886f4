import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { choose, signInToAdmin, registerFirstAdmin, adminCall } from '../helpers/admin-ui';
import { typeInto } from '../helpers/clicks';

/**
 * An editor corrects a published story in the admin panel: opens it, adds a note under
 * "Corrections and updates" (its kind: correction; its text), sees that when and by whom are the
 * newsroom's to set, and publishes. The reader page then shows the correction at the top of the
 * story, linking to the notes at its foot, where the note is listed with its kind and date.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let token: string;
let documentId: string;
const JOURNEY = 'correction';
const EMAIL = 'cora@example.org';
const PASSWORD = 'Editor-Passw0rd';
const SLUG = 'kabul-bus-fares-rise';
const ARTICLES = '/content-manager/collection-types/api::article.article';
const CORRECTION = 'An earlier version of this story gave the new fare as 30 afghanis. It is 20.';

interface Listed {
  results: Array<{ documentId: string }>;
}

const admin = <T>(method: string, path: string, body?: unknown): Promise<T> => adminCall<T>(server.url, token, method, path, body);

beforeAll(async () => {
  server = await startServer();
  token = await registerFirstAdmin(server.url, { firstname: 'Cora', lastname: 'Desk', email: EMAIL, password: PASSWORD });
  const [asia] = (await admin<Listed>('GET', '/content-manager/collection-types/api::section.section?filters[slug][$eq]=asia&locale=en')).results;
  const { data } = await admin<{ data: { documentId: string } }>('POST', `${ARTICLES}?locale=en`, {
    title: 'Kabul bus fares rise',
    slug: SLUG,
    dateline: 'KABUL',
    section: { connect: [{ documentId: asia.documentId, locale: 'en' }] },
    body: [{ __component: 'article.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bus fares in Kabul rose to 30 afghanis on Monday.' }] }] }],
  });
  documentId = data.documentId;
  await admin('POST', `${ARTICLES}/${documentId}/actions/publish?locale=en`, {});

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await signInToAdmin(page, server.url, EMAIL, PASSWORD);
}, 180000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a correction to a published story', () => {
  it('is added and published in the admin panel, and the reader page shows it at the top and the foot', async () => {
    const before = await (await fetch(`${server.url}/articles/${SLUG}`)).text();
    expect(before).not.toContain('correction-notice');

    await page.goto(`${server.url}/admin${ARTICLES}/${documentId}?plugins[i18n][locale]=en`, { waitUntil: 'networkidle' });
    await page.locator('input[name="title"]').waitFor();
    await snapshot(page, JOURNEY, '00-edit-view');
    await page.getByRole('button', { name: /No entry yet/ }).click();
    await choose(page, 'corrections.0.type', 'correction');
    await typeInto(page.locator('textarea[name="corrections.0.text"]'), CORRECTION);
    // When and by whom are the newsroom's: shown, not typed.
    await expect(page.locator('[name="corrections.0.by"]').isDisabled()).resolves.toBe(true);
    await snapshot(page, JOURNEY, '01-correction-typed');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Published|Success/i).first().waitFor({ timeout: 30000 });
    await snapshot(page, JOURNEY, '02-published');

    const reader = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await reader.goto(`${server.url}/articles/${SLUG}`, { waitUntil: 'networkidle' });
    const notice = reader.locator('.story-header .correction-notice');
    await expect(notice.textContent()).resolves.toContain('This article was corrected on');
    await notice.getByRole('link', { name: 'See the correction' }).click();
    await reader.waitForURL((url) => url.hash === '#corrections');
    const foot = reader.locator('section#corrections');
    await expect(foot.locator('.note-type').first().textContent()).resolves.toBe('Correction');
    await expect(foot.locator('.note-text').first().textContent()).resolves.toBe(CORRECTION);
    await snapshot(reader, JOURNEY, '03-reader-page');
    await reader.close();
  });
});
