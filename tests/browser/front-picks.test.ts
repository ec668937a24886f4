import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { saveEntry, registerFirstAdmin } from '../helpers/admin-ui';

/**
 * An editor curates the home front in the content manager: adds two stories to its picks, then
 * drags the last one to the top. The public front answers the picks in the new order.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let token: string;
const JOURNEY = 'front-picks';

const admin = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { data: { documentId: string } & Record<string, unknown> };
};

const ARTICLES = '/content-manager/collection-types/api::article.article';

/** A published story in the demo's section, written through the content manager's API. */
const publishedStory = async (title: string, slug: string, section: string) => {
  const { data } = await admin('POST', `${ARTICLES}?locale=en`, {
    title,
    slug,
    dateline: 'KABUL',
    section: { connect: [{ documentId: section, locale: 'en' }] },
    body: [{ __component: 'article.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: `${title}.` }] }] }],
  });
  await admin('POST', `${ARTICLES}/${data.documentId}/actions/publish?locale=en`, {});
};

const homePicks = async (): Promise<string[]> => {
  const res = await fetch(`${server.url}/api/fronts/home`);
  const body = (await res.json()) as { data: { picks: Array<{ headline: string }> } };
  return body.data.picks.map((pick) => pick.headline);
};

beforeAll(async () => {
  server = await startServer();
  token = await registerFirstAdmin(server.url, { firstname: 'Farid', lastname: 'Frontpage', email: 'farid@example.org', password: 'Editor-Passw0rd' });
  const sections = await admin('GET', '/content-manager/collection-types/api::section.section?filters[slug][$eq]=asia&locale=en');
  const asia = (sections as unknown as { results: Array<{ documentId: string }> }).results[0].documentId;
  await publishedStory('Kabul airport reopens to civilian flights', 'kabul-airport-reopens', asia);
  await publishedStory('Floods close the Salang pass', 'floods-close-the-salang-pass', asia);

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/admin/auth/login`, { waitUntil: 'networkidle' });
  await page.fill('input[name="email"]', 'farid@example.org');
  await page.fill('input[name="password"]', 'Editor-Passw0rd');
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth'), { timeout: 60000 });
}, 180000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the home front in the content manager', () => {
  it('takes two more picks, then a drag puts the last one first', async () => {
    const [demoPick] = await homePicks();
    expect(demoPick).toBeTruthy();

    const fronts = (await admin('GET', '/content-manager/collection-types/api::front.front')) as unknown as {
      results: Array<{ documentId: string; name: string }>;
    };
    const home = fronts.results.find((front) => front.name === 'Home');
    if (!home) throw new Error('no home front');
    await page.goto(`${server.url}/admin/content-manager/collection-types/api::front.front/${home.documentId}`, { waitUntil: 'networkidle' });

    for (const story of ['Kabul airport reopens', 'Floods close the Salang pass']) {
      await page.locator('[role="combobox"][name="picks"]').click();
      await page.getByRole('option', { name: new RegExp(story) }).first().click();
    }
    await saveEntry(page);
    expect(await homePicks()).toEqual([demoPick, 'Kabul airport reopens to civilian flights', 'Floods close the Salang pass']);

    // The relation list's drag handles, one per pick, in order: drag the third above the first.
    const handles = page.getByRole('button', { name: /^Drag$/ });
    // After the save the list reloads its rows: wait until all three are back on screen before
    // counting or measuring them (on a busy machine, counting at once found one, measuring none).
    await handles.nth(2).waitFor({ state: 'visible', timeout: 30000 });
    await handles.nth(0).waitFor({ state: 'visible' });
    // The list may draw its rows once more after they show: wait for all three handles.
    for (let waited = 0; (await handles.count()) !== 3 && waited < 30; waited += 1) await page.waitForTimeout(1000);
    await expect(handles.count()).resolves.toBe(3);
    const from = await handles.nth(2).boundingBox();
    const to = await handles.nth(0).boundingBox();
    if (!from || !to) throw new Error('the drag handles are not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // In steps, as a hand moves: the list reorders under the pointer as it passes each row.
    await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 20 });
    await page.mouse.up();
    await snapshot(page, JOURNEY, '01-reordered');
    await saveEntry(page);

    expect(await homePicks()).toEqual(['Floods close the Salang pass', demoPick, 'Kabul airport reopens to civilian flights']);
  });
});
