import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { createModeratorAccount } from '../helpers/accounts';
import { choose, saveEntry, signInToAdmin } from '../helpers/admin-ui';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * A moderator with the "Comment moderator" admin role finds a reader's pending comment in the
 * admin panel and approves it; the reader reloads the article and sees it, and the count reads 1.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
const JOURNEY = 'moderator';

beforeAll(async () => {
  server = await startServer();
  createModeratorAccount(server, 'night.desk@example.org', 'Night-Desk-M0d', true);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the moderator', () => {
  it('finds the pending comment and approves it; the reader sees it at once', async () => {
    // A reader posts; under pre-moderation it waits.
    const posted = await fetch(`${server.url}/api/articles/${DEMO_SLUG}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { authorName: 'Hamid', authorEmail: 'hamid@example.org', body: 'A careful, fair report.' } }),
    });
    expect(posted.status).toBe(201);

    await signInToAdmin(page, server.url, 'night.desk@example.org', 'Night-Desk-M0d');
    await snapshot(page, JOURNEY, '01-signed-in');
    await page.goto(`${server.url}/admin/content-manager/collection-types/api::comment.comment`, { waitUntil: 'networkidle' });
    const row = page.getByRole('row').filter({ hasText: 'A careful, fair report.' });
    // The list renders after the network settles (the content manager's own queries): wait for the row.
    await row.waitFor();
    await snapshot(page, JOURNEY, '02-queue');
    await expect(row.getByText('pending').count()).resolves.toBe(1);

    await page.getByText('A careful, fair report.').click();
    await page.locator('[role="combobox"][name="moderationStatus"]').waitFor();
    await choose(page, 'moderationStatus', 'approved');
    await page.locator('textarea[name="moderationNote"]').fill('Civil and on topic.');
    await snapshot(page, JOURNEY, '03-approving');
    await saveEntry(page);
    await snapshot(page, JOURNEY, '04-approved');

    // The role reads the stories' headlines (the comment list and the desk show them) and writes
    // none: the list shows the headline, with no way to create a story.
    await page.goto(`${server.url}/admin/content-manager/collection-types/api::article.article`, { waitUntil: 'networkidle' });
    await page.getByRole('row').filter({ hasText: 'Evidence mounts of close al-Qaeda–Taliban relationship' }).first().waitFor();
    await expect(page.getByRole('link', { name: /create new entry/i }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /create new entry/i }).count()).resolves.toBe(0);

    const reader = await browser.newPage();
    await reader.goto(`${server.url}/articles/${DEMO_SLUG}`, { waitUntil: 'networkidle' });
    await expect(reader.locator('#comments-title').textContent()).resolves.toBe('1 Comment(s)');
    await expect(reader.locator('.comment-body').allTextContents()).resolves.toEqual(['A careful, fair report.']);
    await snapshot(reader, JOURNEY, '05-reader-sees-it');

    // The decision is on record, under the moderator's name.
    const history = await fetch(`${server.url}/api/articles/${DEMO_SLUG}/assembled`).then((r) => r.json());
    expect(history.data.comments.count).toBe(1);
  });
});
