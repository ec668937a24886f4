import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { choose, saveEntry } from '../helpers/admin-ui';

/**
 * An editor, new to the CMS, registers as its first administrator, then writes a story the way
 * the content model asks: a new speaker, their quote, a photo uploaded with its caption and
 * credit, and an article with a hero photo, a paragraph, a subheading and the quote, filed under a
 * section (publishing needs one). Published, the reader page shows all of it.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let photo: string;
const JOURNEY = 'editor';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'editor-photo-')), 'herat-school.jpg');
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 70, g: 110, b: 150 } } }).jpeg().toFile(photo);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(path.dirname(photo), { recursive: true, force: true });
});

const create = (uid: string) =>
  page.goto(`${server.url}/admin/content-manager/collection-types/${uid}/create`, { waitUntil: 'networkidle' });

describe('the editor', () => {
  it('registers as the first administrator', async () => {
    await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle' });
    await page.fill('input[name="firstname"]', 'Eda');
    await page.fill('input[name="lastname"]', 'Editor');
    await page.fill('input[name="email"]', 'eda@example.org');
    await page.fill('input[name="password"]', 'Editor-Passw0rd');
    await page.fill('input[name="confirmPassword"]', 'Editor-Passw0rd');
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth'), { timeout: 60000 });
    await snapshot(page, JOURNEY, '01-registered');
  });

  it('adds a new speaker and their quote', async () => {
    await create('api::person.person');
    await page.fill('input[name="name"]', 'Roya Karimi');
    await page.fill('input[name="slug"]', 'roya-karimi');
    await page.fill('input[name="currentTitle"]', 'Governor of Herat');
    await saveEntry(page);

    await create('api::quote.quote');
    await page.fill('textarea[name="text"]', 'Every girl in Herat will be back in a classroom by spring');
    await page.locator('[role="combobox"][name="speaker"]').click();
    await page.getByRole('option', { name: 'Roya Karimi' }).click();
    await page.fill('input[name="speakerRole"]', 'Governor of Herat');
    await snapshot(page, JOURNEY, '02-quote');
    await saveEntry(page);
  });

  it('uploads a photo with its caption, credit and alt text', async () => {
    await create('api::image.image');
    await page.getByRole('button', { name: /Click to add an asset/ }).click();
    await page.getByRole('button', { name: 'Add more assets' }).click();
    await page.locator('input[type="file"]').first().setInputFiles(photo);
    await page.getByRole('button', { name: /Upload 1 asset/ }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.fill('input[name="alt"]', 'Girls in school uniforms walking into a rebuilt school in Herat.');
    await page.fill('textarea[name="caption"]', 'Pupils return to the rebuilt Gawhar Shad school in Herat on March 2.');
    await page.fill('input[name="credit"]', 'Newsroom photo desk');
    await snapshot(page, JOURNEY, '03-photo');
    await saveEntry(page);
  });

  it('writes the article with a hero photo, a paragraph, a subheading and the quote, files it under Asia and publishes it', async () => {
    await page.goto(`${server.url}/admin/content-manager/collection-types/api::article.article/create?plugins[i18n][locale]=en`, {
      waitUntil: 'networkidle',
    });
    await page.fill('input[name="title"]', 'Herat rebuilds its schools');
    await page.fill('input[name="slug"]', 'herat-rebuilds-its-schools');
    await page.fill('input[name="dateline"]', 'HERAT');
    await page.locator('[role="combobox"][name="heroImage"]').click();
    await page.getByRole('option', { name: /Girls in school uniforms|Newsroom photo desk/ }).click();

    await page.getByRole('button', { name: 'Add a component to Body' }).click();
    await page.getByRole('button', { name: /^Paragraph$/ }).click();
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('The western city has reopened twelve schools since January, officials said.');

    await page.getByRole('button', { name: 'Add a component to Body' }).click();
    await page.getByRole('button', { name: /^Subheading$/ }).click();
    await page.fill('input[name="body.1.text"]', 'Back to class');

    await page.getByRole('button', { name: 'Add a component to Body' }).click();
    await page.getByRole('button', { name: /^Quote$/ }).click();
    await page.locator('[role="combobox"][name="body.2.quote"]').click();
    await page.getByRole('option', { name: /Every girl in Herat|Governor of Herat/ }).first().click();
    await page.fill('input[name="body.2.attribution"]', 'Karimi said.');

    // Publishing needs a primary section: the editor files the story under Asia.
    await page.locator('[role="combobox"][name="section"]').click();
    await page.getByRole('option', { name: 'Asia', exact: true }).click();
    await snapshot(page, JOURNEY, '04-article');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Published|Success/i).first().waitFor({ timeout: 30000 });
    await snapshot(page, JOURNEY, '05-published');
  });

  it('sees all of it on the reader page', async () => {
    const reader = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await reader.goto(`${server.url}/articles/herat-rebuilds-its-schools`, { waitUntil: 'networkidle' });
    await snapshot(reader, JOURNEY, '06-reader-page');
    await expect(reader.locator('h1').textContent()).resolves.toBe('Herat rebuilds its schools');
    // No author was credited, so no empty "By" line.
    await expect(reader.locator('.byline').count()).resolves.toBe(0);
    await expect(reader.locator('figure.hero figcaption').textContent()).resolves.toBe(
      'Pupils return to the rebuilt Gawhar Shad school in Herat on March 2. [Newsroom photo desk]'
    );
    await expect(reader.locator('figure.hero img').getAttribute('alt')).resolves.toBe('Girls in school uniforms walking into a rebuilt school in Herat.');
    expect(await reader.locator('figure.hero img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect(reader.locator('.story-body p').first().textContent()).resolves.toBe(
      'HERAT -- The western city has reopened twelve schools since January, officials said.'
    );
    await expect(reader.locator('h2.subheading').textContent()).resolves.toBe('Back to class');
    await expect(reader.locator('.story-body .quote').textContent()).resolves.toBe('“Every girl in Herat will be back in a classroom by spring,” Karimi said.');
    await expect(reader.locator('.story-body .quote').getAttribute('title')).resolves.toBe('Roya Karimi, Governor of Herat');
    // Filed under Asia: on its section's front.
    const asia = (await (await fetch(`${server.url}/api/sections/asia/articles`)).json()) as { data: Array<{ slug: string; section: { slug: string } }> };
    expect(asia.data.find((teaser) => teaser.slug === 'herat-rebuilds-its-schools')?.section.slug).toBe('asia');
  });
});
