import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { createModeratorAccount } from '../helpers/accounts';
import { adminCall, choose, registerFirstAdmin, saveEntry, signInToAdmin } from '../helpers/admin-ui';
import { countClicks } from '../helpers/clicks';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * Who sees the moderation desk, and what it saves. An Editor (no desk action) has no link to it
 * and every desk call answers 403; a super admin has the link. Then a Comment moderator approves
 * ten pending comments the old way, in the content manager (open, change the dropdown, save,
 * back), and ten in the desk, counting the clicks and keystrokes of each.
 */
let server: RunningServer;
let browser: Browser;
let superToken: string;
const JOURNEY = 'desk-roles-and-clicks';
const ADMIN = { firstname: 'Ada', lastname: 'Chief', email: 'chief@example.org', password: 'Chief-Passw0rd' };
const EDITOR = { email: 'ed.itor@example.org', password: 'Editor-Passw0rd' };
const MODERATOR = { email: 'counting.moderator@example.org', password: 'Count-Moderat0r' };
const COMMENTS = '/content-manager/collection-types/api::comment.comment';
const DEMO_HEADLINE = 'Evidence mounts of close al-Qaeda–Taliban relationship';

const postComment = async (body: string, n: number) => {
  const res = await fetch(`${server.url}/api/articles/${DEMO_SLUG}/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { authorName: `Reader ${n}`, authorEmail: `reader${n}@example.org`, body } }),
  });
  if (res.status !== 201) throw new Error(`the comment was not posted: ${res.status} ${await res.text()}`);
};

const newPage = async (): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  // A new administrator is offered Strapi's guided tour once, whenever the panel gets to it: skipped.
  await page.addLocatorHandler(page.getByRole('dialog').getByRole('button', { name: 'Skip' }), (skip) => skip.click());
  return page;
};

beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_COMMENTS: '100000' });
  superToken = await registerFirstAdmin(server.url, ADMIN);
  const roles = await adminCall<{ data: Array<{ id: number; code: string }> }>(server.url, superToken, 'GET', '/admin/roles');
  const editorRole = roles.data.find((role) => role.code === 'newsroom-editor');
  if (!editorRole) throw new Error('no Editor role');
  const made = await adminCall<{ data: { id: number } }>(server.url, superToken, 'POST', '/admin/users', {
    email: EDITOR.email,
    firstname: 'Ed',
    lastname: 'Itor',
    roles: [editorRole.id],
  });
  await adminCall(server.url, superToken, 'PUT', `/admin/users/${made.data.id}`, { password: EDITOR.password, isActive: true });
  createModeratorAccount(server, MODERATOR.email, MODERATOR.password, true);
  browser = await launchBrowser();
}, 180000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('who has the moderation desk', () => {
  it('an Editor sees no desk link and the desk API answers 403; a super admin has the link', async () => {
    const login = await fetch(`${server.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(EDITOR),
    }).then((res) => res.json() as Promise<{ data: { token: string } }>);
    const as = (token?: string) => ({ 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) });
    for (const [method, path, body] of [
      ['GET', '/newsroom/desk/comments', undefined],
      ['GET', '/newsroom/desk/counts', undefined],
      ['POST', '/newsroom/desk/comments/some-comment/decide', { action: 'approve' }],
      ['POST', '/newsroom/desk/comments/bulk', { action: 'spam', filter: { queue: 'pending' } }],
      ['PUT', '/newsroom/desk/authors/someone%40example.org', { standing: 'trusted' }],
    ] as const) {
      const init = { method, body: body ? JSON.stringify(body) : undefined };
      await expect(fetch(`${server.url}${path}`, { ...init, headers: as(login.data.token) }).then((res) => res.status)).resolves.toBe(403);
      await expect(fetch(`${server.url}${path}`, { ...init, headers: as() }).then((res) => res.status)).resolves.toBe(401);
    }
    await expect(fetch(`${server.url}/newsroom/desk/counts`, { headers: as(superToken) }).then((res) => res.status)).resolves.toBe(200);

    const editor = await newPage();
    await signInToAdmin(editor, server.url, EDITOR.email, EDITOR.password);
    await editor.goto(`${server.url}/admin`, { waitUntil: 'networkidle' });
    await editor.getByRole('link', { name: 'Content Manager' }).first().waitFor();
    await expect(editor.getByRole('link', { name: 'Moderation desk' }).count()).resolves.toBe(0);
    // The address typed by hand shows no queue either.
    await editor.goto(`${server.url}/admin/moderation-desk`, { waitUntil: 'networkidle' });
    await expect(editor.getByRole('heading', { name: 'Moderation desk' }).count()).resolves.toBe(0);
    await expect(editor.getByTestId('desk-card').count()).resolves.toBe(0);
    await snapshot(editor, JOURNEY, '01-editor-no-desk');
    await editor.context().close();

    const chief = await newPage();
    await signInToAdmin(chief, server.url, ADMIN.email, ADMIN.password);
    await chief.goto(`${server.url}/admin`, { waitUntil: 'networkidle' });
    await chief.getByRole('link', { name: 'Moderation desk' }).waitFor();
    await chief.context().close();
  });
});

describe('clearing ten comments: the content manager and the desk', () => {
  it('the desk needs fewer clicks and keystrokes than the content manager', async () => {
    const page = await newPage();
    await signInToAdmin(page, server.url, MODERATOR.email, MODERATOR.password);

    // The old way: open each comment, change the dropdown, save, go back to the list.
    const old = Array.from({ length: 10 }, (_, n) => `Content manager comment number ${n + 1}: a fair point about the story.`);
    for (const [n, body] of old.entries()) await postComment(body, n);
    await page.goto(`${server.url}/admin${COMMENTS}`, { waitUntil: 'networkidle' });
    const row = (body: string) => page.getByRole('row').filter({ hasText: body });
    await row(old[0]).waitFor();
    // The role sees the article's headline in the list, not an id.
    await expect(row(old[0]).textContent()).resolves.toContain(DEMO_HEADLINE);
    await snapshot(page, JOURNEY, '02-content-manager-list');
    const clicks = await countClicks(page);
    for (const body of old) {
      await row(body).getByText(body).click();
      await page.locator('[role="combobox"][name="moderationStatus"]').waitFor();
      await choose(page, 'moderationStatus', 'approved');
      await saveEntry(page);
      await page.getByRole('link', { name: 'Back' }).click();
      await row(body).waitFor();
    }
    const contentManager = { clicks: clicks.mark(), keystrokes: 0 };

    // The desk: the queue opens with the oldest focused; A approves it and focuses the next.
    const fresh = Array.from({ length: 10 }, (_, n) => `Desk comment number ${n + 1}: a fair point about the story.`);
    for (const [n, body] of fresh.entries()) await postComment(body, n + 10);
    await page.goto(`${server.url}/admin/moderation-desk`, { waitUntil: 'networkidle' });
    await page.getByTestId('desk-card').filter({ hasText: fresh[0] }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-count="pending"]')?.textContent === '10');
    clicks.mark();
    let keystrokes = 0;
    for (let n = 0; n < fresh.length; n += 1) {
      await page.keyboard.press('a');
      keystrokes += 1;
    }
    await page.getByText('Nothing here: this queue is clear.').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-count="approved"]')?.textContent === '20', null, { timeout: 15000 });
    const desk = { clicks: clicks.mark(), keystrokes };
    await snapshot(page, JOURNEY, '03-desk-cleared');

    const total = (way: { clicks: number; keystrokes: number }) => way.clicks + way.keystrokes;
    console.log(
      `Ten pending comments approved: content manager ${contentManager.clicks} clicks + ${contentManager.keystrokes} keystrokes = ${total(contentManager)}; ` +
        `moderation desk ${desk.clicks} clicks + ${desk.keystrokes} keystrokes = ${total(desk)}`,
    );
    expect(total(desk)).toBeLessThan(total(contentManager));
    expect(desk).toEqual({ clicks: 0, keystrokes: 10 });
    await page.context().close();
  }, 300000);
});
