import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { choose, saveEntry, signInToAdmin, registerFirstAdmin } from '../helpers/admin-ui';
import { typeInto } from '../helpers/clicks';

/**
 * Scheduled publishing in the admin panel: an editor writes a story, files it under a section, sets
 * Publish at a minute or two ahead and saves (does not publish). The list shows it with its time; the
 * reader page has no such story until the time, and has it after (the scheduler ticks every second here).
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let token: string;
const JOURNEY = 'schedule';
const EMAIL = 'desk@example.org';
const PASSWORD = 'Editor-Passw0rd';
const ARTICLES = `/admin/content-manager/collection-types/api::article.article`;
const HEADLINE = 'Kabul dam opens at dawn';
const SLUG = 'kabul-dam-opens-at-dawn';

beforeAll(async () => {
  server = await startServer({ SCHEDULER_INTERVAL_SECONDS: '1' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'UTC', locale: 'en-GB' });
  // A new administrator is offered Strapi's guided tour once, whenever the panel gets to it: skipped.
  await page.addLocatorHandler(page.getByRole('dialog').getByRole('button', { name: 'Skip' }), (skip) => skip.click());
  token = await registerFirstAdmin(server.url, { firstname: 'Dina', lastname: 'Desk', email: EMAIL, password: PASSWORD });
  await signInToAdmin(page, server.url, EMAIL, PASSWORD);
}, 180000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const two = (n: number) => String(n).padStart(2, '0');
/** The time the editor typed (whole minutes, UTC: the browser's time zone here). */
let publishAt: Date;
/** The time the admin panel saved (the picker keeps the seconds of the moment the time was typed). */
let savedPublishAt: Date;

/** How the list writes a time: react-intl in the admin's locale (en), full date and short time, by the browser's own Intl. */
const listed = (at: Date): Promise<string> =>
  page.evaluate((ms) => new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' }).format(new Date(ms)), at.getTime());

interface Stored {
  publishAt: string | null;
  status: string;
}
/** The story's English version as the content manager's API gives it (its draft, with the status of the document). */
const stored = async (): Promise<Stored> => {
  const res = await fetch(
    `${server.url}/content-manager/collection-types/api::article.article?locale=en&filters[slug][$eq]=${SLUG}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  if (!res.ok) throw new Error(`the list was not read: ${res.status} ${await res.text()}`);
  const { results } = (await res.json()) as { results: Stored[] };
  expect(results).toHaveLength(1);
  return results[0];
};

describe('the editor schedules a story', () => {
  it('writes it, sets Publish at a minute or two ahead and saves', async () => {
    await page.goto(`${server.url}${ARTICLES}/create?plugins[i18n][locale]=en`, { waitUntil: 'networkidle' });
    await page.locator('input[name="title"]').waitFor({ timeout: 30000 });
    await typeInto(page.locator('input[name="title"]'), HEADLINE);
    // The address follows the headline as it is typed.
    await page.waitForFunction(
      (expected) => (document.querySelector('input[name="slug"]') as HTMLInputElement | null)?.value === expected,
      SLUG,
      { timeout: 15000 },
    );
    await choose(page, 'section', 'Asia');

    // Typing only a time means today: a time past midnight would be yesterday's, so a run started in the last
    // minutes of a UTC day waits for the next one.
    const toMidnight = 86400000 - (Date.now() % 86400000);
    if (toMidnight < 3 * 60000) await new Promise((resolve) => setTimeout(resolve, toMidnight + 1000));
    // Today, at the next whole minute after one from now (UTC in this browser): typed as a person types a time.
    publishAt = new Date(Math.floor(Date.now() / 60000) * 60000 + 2 * 60000);
    const typed = `${two(publishAt.getUTCHours())}:${two(publishAt.getUTCMinutes())}`;
    const group = page.getByRole('group', { name: 'Publish at', exact: true });
    const time = group.getByRole('combobox', { name: 'Choose time' });
    await typeInto(time, typed);
    // The time picker's list of times stays open over the form (and hides the rest of the page from
    // assistive technology, Save included) until it is dismissed: Escape closes it, Tab leaves the box,
    // which is when the picker takes the typed time (and, with no date yet, today).
    await time.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden', timeout: 10000 });
    await time.press('Tab');
    await expect(time.inputValue()).resolves.toBe(typed);
    await expect(group.getByRole('combobox', { name: 'Choose date' }).inputValue()).resolves.not.toBe('');
    await snapshot(page, JOURNEY, '01-publish-at');
    await saveEntry(page);
    await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 30000 });

    // Saved, as typed (to the minute), and not published.
    const draft = await stored();
    expect(draft.status).toBe('draft');
    expect(draft.publishAt).not.toBeNull();
    savedPublishAt = new Date(draft.publishAt!);
    expect(Math.floor(savedPublishAt.getTime() / 60000) * 60000).toBe(publishAt.getTime());
    expect((await fetch(`${server.url}/articles/${SLUG}`)).status).toBe(404);
  }, 360000);

  it('sees it in the list with its time, not yet published', async () => {
    await page.goto(`${server.url}${ARTICLES}?plugins[i18n][locale]=en`, { waitUntil: 'networkidle' });
    // The list may still say "Loading content." at networkidle (a busy machine).
    await page.locator('thead th').first().waitFor({ timeout: 30000 });
    // Waiting for the row also skips the guided tour if the panel offers it now (its dialog hides the list).
    const row = page.getByRole('row').filter({ hasText: HEADLINE });
    await row.waitFor({ timeout: 30000 });
    await snapshot(page, JOURNEY, '02-list');
    const columns = (await page.locator('thead th').allTextContents()).map((text) => text.trim());
    expect(columns).toContain('Publish at');
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/Draft/i);
    expect(text).toContain((await listed(publishAt)).replace(/\s+/g, ' '));
  }, 90000);

  it('finds it on the reader page once the time has come', async () => {
    // Asked every second until the scheduler (every second here) has published it: generously, on a busy machine.
    const deadline = savedPublishAt.getTime() + 120000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(`${server.url}/articles/${SLUG}`)).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(status).toBe(200);
    // Published by the scheduler, which clears the time it acted on.
    const draft = await stored();
    expect(draft.status).toBe('published');
    expect(draft.publishAt).toBeNull();
    await page.goto(`${server.url}/articles/${SLUG}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').innerText()).toContain(HEADLINE);
    await snapshot(page, JOURNEY, '03-reader-page');
  }, 300000);
});
