import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, seriousAccessibilityProblems, snapshot } from '../helpers/browser';
import { createModeratorAccount } from '../helpers/accounts';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/** A reader opens the demo article, likes it, writes comments, and nothing they write runs. */
let server: RunningServer;
let browser: Browser;
let page: Page;
const JOURNEY = 'reader';

beforeAll(async () => {
  server = await startServer({ IS_PROXIED: 'false' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  // Anything a reader wrote that managed to run would trip one of these.
  await page.addInitScript(() => {
    (window as unknown as { __ran: string[] }).__ran = [];
    window.alert = (message?: unknown) => (window as unknown as { __ran: string[] }).__ran.push(String(message));
  });
  page.on('dialog', (dialog) => void dialog.dismiss());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const articleUrl = () => `${server.url}/articles/${DEMO_SLUG}`;

describe('the reader', () => {
  it('sees every part of the article page', async () => {
    await page.goto(articleUrl(), { waitUntil: 'networkidle' });
    await snapshot(page, JOURNEY, '01-article');
    await expect(page.locator('h1').textContent()).resolves.toBe('Evidence mounts of close al-Qaeda–Taliban relationship');
    await expect(page.locator('.byline').textContent()).resolves.toMatch(/By\s+Sulaiman/);
    await expect(page.locator('.dateline').textContent()).resolves.toBe('KABUL --');
    await expect(page.locator('figure.hero figcaption').textContent()).resolves.toMatch(/Moscow on March 18\. \[Alexander Zemlianichenko\/AFP\]$/);
    await expect(page.locator('figure.inline-photo figcaption .credit').allTextContents()).resolves.toEqual(['[Taliban]', '[US Air Force]']);
    await expect(page.locator('h2.subheading').textContent()).resolves.toBe('Taliban dissension');
    await expect(page.locator('.story-body .quote').first().textContent()).resolves.toMatch(/^“The Taliban have provided sanctuary.*,” he said\.$/);
    await expect(page.locator('#reactions-title').textContent()).resolves.toBe('Do you like this article?');
    await expect(page.locator('#comments-title').textContent()).resolves.toBe('0 Comment(s)');
    await expect(page.locator('.required-note').textContent()).resolves.toBe('* Denotes required field');
    await expect(page.locator('#body-counter').textContent()).resolves.toBe('1500 / 1500');
    // Every photo loads, with a srcset of the upload formats.
    const photos = await page.locator('figure img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({ loaded: img.complete && img.naturalWidth > 0, srcset: img.srcset }))
    );
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(photos).toHaveLength(3);
    for (const photo of photos) expect(photo.srcset).toMatch(/ 234w, .* 1200w$/);
    // The NewsArticle comes first (a BreadcrumbList follows once articles carry their section path).
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(ld).toMatchObject({ '@type': 'NewsArticle', dateline: 'KABUL' });
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(articleUrl());
  });

  it('finds no serious or critical accessibility problems', async () => {
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('likes the article with the keyboard alone, and the count moves', async () => {
    await page.locator('button.reaction[data-value="like"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-count="like"]')?.textContent === '1');
    await expect(page.locator('button.reaction[data-value="like"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await snapshot(page, JOURNEY, '02-liked');
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('[data-count="like"]').textContent()).resolves.toBe('1');
  });

  it('types 1,500 characters: the counter reaches 0 and the field takes no more', async () => {
    const body = page.locator('#body');
    await body.fill('👍🏽'.repeat(1499));
    await body.press('End');
    await page.keyboard.type('ab');
    await expect(page.locator('#body-counter').textContent()).resolves.toBe('0 / 1500');
    const kept = await body.evaluate((el) => [...new Intl.Segmenter().segment((el as HTMLTextAreaElement).value)].length);
    expect(kept).toBe(1500);
    await snapshot(page, JOURNEY, '03-counter-at-limit');
  });

  it('sees the API\'s error next to the field it concerns', async () => {
    await page.locator('#authorName').fill('Zahra');
    await page.locator('#authorEmail').fill('not-an-address');
    await page.locator('#body').fill('A comment with a bad address.');
    await page.locator('#comment-form button[type="submit"]').click();
    await page.waitForSelector('#authorEmail-error:not([hidden])');
    await expect(page.locator('#authorEmail-error').textContent()).resolves.toMatch(/valid e-mail address/);
    await expect(page.locator('#authorEmail').getAttribute('aria-invalid')).resolves.toBe('true');
    await snapshot(page, JOURNEY, '04-field-error');
  });

  it('posts a comment and is told it awaits moderation', async () => {
    await page.locator('#authorEmail').fill('zahra@example.org');
    await page.locator('#body').fill('Thank you for this report.');
    await page.locator('#comment-form button[type="submit"]').click();
    await page.waitForFunction(() => /awaiting moderation/.test(document.getElementById('form-status')?.textContent ?? ''));
    await expect(page.locator('#authorEmail-error').isHidden()).resolves.toBe(true);
    await snapshot(page, JOURNEY, '05-awaiting-moderation');
  });

  it('posts markup and script: once approved it shows as text and nothing runs', async () => {
    await page.waitForTimeout(16000); // the flood limit: one comment per 15 seconds per reader
    await page.locator('#authorName').fill('<b>Mallory</b>');
    await page.locator('#authorEmail').fill('mallory@example.org');
    await page.locator('#body').fill('Look <img src=x onerror="alert(1)"> and <script>alert(2)</script> here');
    await page.locator('#comment-form button[type="submit"]').click();
    await page.waitForFunction(() => /awaiting moderation/.test(document.getElementById('form-status')?.textContent ?? ''));

    // A moderator approves both comments through the moderation API.
    createModeratorAccount(server, 'desk@example.org', 'Desk-Moderat0r');
    const login = await fetch(`${server.url}/api/auth/local`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identifier: 'desk@example.org', password: 'Desk-Moderat0r' }),
    }).then((r) => r.json());
    const queue = await fetch(`${server.url}/api/moderation/comments?status=pending`, { headers: { Authorization: `Bearer ${login.jwt}` } }).then((r) => r.json());
    const ids = queue.data.map((c: { id: string }) => c.id);
    expect(ids).toHaveLength(2);
    await fetch(`${server.url}/api/moderation/comments/bulk`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${login.jwt}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { ids, action: 'approve' } }),
    });

    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('#comments-title').textContent()).resolves.toBe('2 Comment(s)');
    await expect(page.locator('.comment-body').allTextContents()).resolves.toEqual(['Thank you for this report.', 'Look  and  here']);
    await expect(page.locator('.comment-author').allTextContents()).resolves.toEqual(['Zahra', 'Mallory']);
    expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
    expect(await page.locator('.comments img, .comments script').count()).toBe(0);
    await snapshot(page, JOURNEY, '06-comments-as-text');
  });
});
