import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, seriousAccessibilityProblems, snapshot } from '../helpers/browser';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * A reader lands on the home page, opens a section, the article, its author's page, and goes
 * back the way they came; every page is checked with axe (no serious or critical problem).
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
const JOURNEY = 'site';

beforeAll(async () => {
  server = await startServer({ IS_PROXIED: 'false' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const at = (path: string) => `${server.url}${path}`;
const ARTICLE = `/articles/${DEMO_SLUG}`;

const structuredTypes = async (): Promise<string[]> =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => (JSON.parse(text) as { '@type': string })['@type']);

describe('a reader finding their way', () => {
  it('lands on the home page: the demo article under its section, the sections in the header', async () => {
    await page.goto(at('/'), { waitUntil: 'networkidle' });
    await snapshot(page, JOURNEY, '01-home');
    expect(page.url()).toBe(at('/'));
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
    await expect(page.locator('.teaser-headline a').first().getAttribute('href')).resolves.toBe(ARTICLE);
    await expect(page.locator('.teaser .kicker a').first().textContent()).resolves.toBe('Asia');
    await expect(page.locator('.site-nav a').allTextContents()).resolves.toEqual(['World']);
    expect(await structuredTypes()).toEqual(['CollectionPage']);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('opens the World section: its stories and Asia below it', async () => {
    await Promise.all([page.waitForURL(at('/sections/world')), page.locator('.site-nav a', { hasText: 'World' }).click()]);
    await snapshot(page, JOURNEY, '02-section');
    await expect(page.locator('h1').textContent()).resolves.toBe('World');
    await expect(page.locator('.subsections a').allTextContents()).resolves.toEqual(['Asia']);
    await expect(page.locator('.site-nav a[aria-current="page"]').textContent()).resolves.toBe('World');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('opens the article, then its author', async () => {
    await Promise.all([page.waitForURL(at(ARTICLE)), page.locator('.teaser-headline a').first().click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Evidence mounts of close al-Qaeda–Taliban relationship');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await Promise.all([page.waitForURL(at('/authors/sulaiman')), page.locator('.byline a.author').click()]);
    await snapshot(page, JOURNEY, '03-author');
    await expect(page.locator('h1').textContent()).resolves.toBe('Sulaiman');
    await expect(page.locator('.job-title').textContent()).resolves.toBe('Correspondent, Kabul');
    await expect(page.locator('.teaser-headline a').getAttribute('href')).resolves.toBe(ARTICLE);
    expect(await structuredTypes()).toEqual(['ProfilePage']);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('goes back the way they came: the article, the section, the home page', async () => {
    for (const path of [ARTICLE, '/sections/world', '/']) {
      await page.goBack({ waitUntil: 'networkidle' });
      expect(page.url()).toBe(at(path));
    }
    await expect(page.locator('.teaser-headline a').first().getAttribute('href')).resolves.toBe(ARTICLE);
  });

  it('reads the tag page, and the home page in Dari right to left, without serious problems', async () => {
    await page.goto(at('/tags/taliban'), { waitUntil: 'networkidle' });
    await expect(page.locator('h1').textContent()).resolves.toBe('Taliban');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.goto(at('/fa-AF/'), { waitUntil: 'networkidle' });
    await snapshot(page, JOURNEY, '04-home-dari');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.locator('.site-nav a').first().getAttribute('href')).resolves.toBe('/fa-AF/sections/world');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
