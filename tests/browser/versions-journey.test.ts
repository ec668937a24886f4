import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { signInToAdmin, registerFirstAdmin, adminCall } from '../helpers/admin-ui';

/**
 * An editor edits a story's headline twice in the admin panel, opens Versions, compares the two
 * saves (the words taken out and put in are marked), restores the older one into the draft after
 * confirming, and the edit view shows it.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let token: string;
let documentId: string;
const JOURNEY = 'versions';
const EMAIL = 'vera@example.org';
const PASSWORD = 'Editor-Passw0rd';
const ARTICLES = '/content-manager/collection-types/api::article.article';

const admin = <T>(method: string, path: string, body?: unknown): Promise<T> => adminCall<T>(server.url, token, method, path, body);

beforeAll(async () => {
  server = await startServer();
  token = await registerFirstAdmin(server.url, { firstname: 'Vera', lastname: 'Desk', email: EMAIL, password: PASSWORD });
  const { data } = await admin<{ data: { documentId: string } }>('POST', `${ARTICLES}?locale=en`, {
    title: 'Herat floods reach the old city',
    dateline: 'HERAT',
    body: [{ __component: 'article.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: 'Floodwater reached the old city.' }] }] }],
  });
  documentId = data.documentId;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await signInToAdmin(page, server.url, EMAIL, PASSWORD);
}, 180000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const headline = () => page.locator('input[name="title"]');

const saveEnabled = () =>
  page
    .waitForFunction(() => [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === 'Save' && !button.disabled), null, { timeout: 5000 })
    .then(() => true)
    .catch(() => false);

const versionList = () => page.getByRole('list', { name: 'Versions' }).getByRole('listitem');

/**
 * Types a new headline and saves, until the Versions panel lists the save. The form may still be
 * taking the last save's answer (it then drops the typing, or draws the Save button again): a person
 * types it again and presses Save again.
 */
const saveHeadline = async (text: string, versionsAfter: number) => {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await headline().fill(text);
    if (!(await saveEnabled())) continue;
    const pressed = await page
      .getByRole('button', { name: 'Save', exact: true })
      .click({ timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (pressed) break;
  }
  await versionList().nth(versionsAfter - 1).waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
};

describe('an article’s versions in the admin panel', () => {
  it('an editor compares two saves, sees the changed words, and restores the older one into the draft', async () => {
    await page.goto(`${server.url}/admin${ARTICLES}/${documentId}?plugins[i18n][locale]=en`, {
      waitUntil: 'networkidle',
    });
    await headline().waitFor();
    await versionList().first().waitFor({ timeout: 15000 });
    await saveHeadline('Herat floods reach the citadel', 2);
    await saveHeadline('Herat floods cover the citadel', 3);

    await expect(versionList().count()).resolves.toBe(3);
    await expect(versionList().first().textContent()).resolves.toContain(EMAIL);
    await snapshot(page, JOURNEY, '01-versions');

    await page.getByRole('button', { name: 'Compare versions' }).click();
    const window = page.getByRole('dialog', { name: 'Compare versions' });
    const deleted = window.locator('del[data-change="deleted"]');
    const inserted = window.locator('ins[data-change="inserted"]');
    await inserted.first().waitFor({ timeout: 15000 });
    // The headline's words (the slug, which follows the headline before publication, changed too).
    await expect(deleted.allTextContents()).resolves.toEqual(['reach ', 'herat-floods-reach-the-citadel']);
    await expect(inserted.allTextContents()).resolves.toEqual(['cover ', 'herat-floods-cover-the-citadel']);
    await expect(window.getByText('Headline').first().isVisible()).resolves.toBe(true);
    await snapshot(page, JOURNEY, '02-compared');

    // The older version (the first save) into the draft, after a confirmation.
    await window.getByRole('button', { name: 'Restore into draft' }).first().click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm.textContent()).resolves.toContain('published story does not change');
    await snapshot(page, JOURNEY, '03-confirm');
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();

    await page.waitForLoadState('load');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="title"]')?.value === 'Herat floods reach the citadel', null, {
      timeout: 30000,
    });
    await versionList().nth(3).waitFor({ timeout: 15000 });
    await expect(versionList().first().textContent()).resolves.toMatch(/restored #\d+/);
    await snapshot(page, JOURNEY, '04-restored');

    const draft = await admin<{ data: { title: string } }>('GET', `${ARTICLES}/${documentId}?locale=en`);
    expect(draft.data.title).toBe('Herat floods reach the citadel');
  });
});
