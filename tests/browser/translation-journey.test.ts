import type { Browser, Locator, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { saveEntry, signInToAdmin, registerFirstAdmin, adminCall } from '../helpers/admin-ui';
import { countClicks, typeInto, type ClickCounter } from '../helpers/clicks';

/**
 * An editor makes the Dari version of a published English story in the admin panel: opens the
 * story, creates the Dari locale from the locale switcher in the edit view's header, types the
 * headline and standfirst, saves (the new version starts with the story's slug, byline, hero
 * photo, tags, section and body blocks), translates the body blocks in place and publishes. The
 * Dari reader page is at the same address under /fa-AF, right to left, with the byline and photo.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let token: string;
let clicks: ClickCounter;
let documentId: string;
/** Clicks into text boxes (each typeInto's or retype's one click). */
let boxClicks = 0;
const JOURNEY = 'translation';
const EMAIL = 'dina@example.org';
const PASSWORD = 'Editor-Passw0rd';
const SLUG = 'herat-floods-reach-the-old-city';
const ARTICLES = '/content-manager/collection-types/api::article.article';

interface Listed {
  results: Array<{ documentId: string; slug?: string }>;
}

const admin = <T>(method: string, path: string, body?: unknown): Promise<T> => adminCall<T>(server.url, token, method, path, body);

const paragraph = (text: string) => ({
  __component: 'article.paragraph',
  text: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
});

/** Types into a box as a person does: one click into it, then the words. */
const typeIntoBox = async (box: Locator, text: string) => {
  boxClicks += 1;
  await typeInto(box, text);
};

/** Replaces the text of a rich-text box: one click into it, select all, type. */
const retype = async (box: Locator, text: string) => {
  boxClicks += 1;
  await box.click();
  // The editor may still be taking the caret when select-all is pressed (its text then stays before
  // the new one): a person sees that and selects all again, without another click.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await box.press('Control+A');
    await box.pressSequentially(text);
    if ((await box.textContent())?.trim() === text) return;
  }
};

interface Assembled {
  data: {
    slug: string;
    title: string;
    summary: string | null;
    byline: Array<{ slug: string }>;
    heroImage: { id: string } | null;
    body: Array<{ type: string; text?: string }>;
  };
}
const assembled = async (query = ''): Promise<Assembled['data']> =>
  ((await (await fetch(`${server.url}/api/articles/${SLUG}/assembled${query}`)).json()) as Assembled).data;

beforeAll(async () => {
  server = await startServer();
  token = await registerFirstAdmin(server.url, { firstname: 'Dina', lastname: 'Desk', email: EMAIL, password: PASSWORD });

  // The published English story, written through the content manager's API with the demo's author, photo and section.
  const [author] = (await admin<Listed>('GET', '/content-manager/collection-types/api::author.author?page=1&pageSize=1')).results;
  const [image] = (await admin<Listed>('GET', '/content-manager/collection-types/api::image.image?page=1&pageSize=1')).results;
  const [asia] = (
    await admin<Listed>('GET', '/content-manager/collection-types/api::section.section?filters[slug][$eq]=asia&locale=en')
  ).results;
  const { data } = await admin<{ data: { documentId: string } }>('POST', `${ARTICLES}?locale=en`, {
    title: 'Herat floods reach the old city',
    slug: SLUG,
    summary: 'Water from the Hari River covered streets around the citadel overnight.',
    dateline: 'HERAT',
    byline: { connect: [{ documentId: author.documentId }] },
    heroImage: { connect: [{ documentId: image.documentId }] },
    section: { connect: [{ documentId: asia.documentId, locale: 'en' }] },
    body: [
      paragraph('Floodwater reached the old city of Herat on Tuesday night.'),
      { __component: 'article.subheading', text: 'Aid arrives' },
      paragraph('Aid agencies sent boats and tents.'),
    ],
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

describe('the Dari version of a published story', () => {
  it('is made in the admin panel in a dozen clicks, besides the text boxes', async () => {
    const english = await assembled();
    // The editor opens the story (its address in the content manager, as from a link in the newsroom's chat).
    await page.goto(
      `${server.url}/admin/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=en`,
      {
        waitUntil: 'networkidle',
      }
    );
    await page.locator('input[name="title"]').waitFor();
    clicks = await countClicks(page);

    // The locale switcher in the header: create the Dari version.
    await page.getByRole('combobox', { name: 'Locales' }).click();
    await page.getByRole('option', { name: /Dari \(fa-AF\)/ }).click();
    await page.waitForURL((url) => url.search.includes('fa-AF'));
    await snapshot(page, JOURNEY, '01-new-locale');
    // The slug box fills itself with the story's address (the content manager's generator, for a new locale version).
    await page.waitForFunction((slug) => document.querySelector<HTMLInputElement>('input[name="slug"]')?.value === slug, SLUG, {
      timeout: 15000,
    });

    await typeIntoBox(page.locator('input[name="title"]'), 'سیلاب هرات به شهر کهنه رسید');
    await typeIntoBox(page.locator('textarea[name="summary"]'), 'آب دریای هریرود شب گذشته کوچه‌های اطراف ارگ را فرا گرفت.');
    // Saved, the version starts with the story's body blocks, to translate in place.
    await saveEntry(page);
    await page
      .getByRole('button', { name: /^Paragraph/ })
      .first()
      .waitFor();
    // The form takes the saved version (with its body) once the save's answers are in, and
    // draws itself again once more: a block opened before that closes again.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    await snapshot(page, JOURNEY, '02-saved-with-body');

    // Each block opens with a click on its header (the body's blocks start closed), then is retyped.
    const blocks = [
      { kind: 'paragraph', text: 'سیلاب شب سه‌شنبه به شهر کهنهٔ هرات رسید.' },
      { kind: 'subheading', text: 'کمک‌ها می‌رسند' },
      { kind: 'paragraph', text: 'نهادهای امدادی قایق و خیمه فرستادند.' },
    ];
    const headers = page.getByRole('button', { name: /^(Paragraph|Subheading|Photo|Quote)/ });
    let paragraphs = 0;
    for (const [index, block] of blocks.entries()) {
      // A block opens with a click on its header, unless the panel shows it open already.
      const header = headers.nth(index);
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      if (block.kind === 'paragraph') {
        paragraphs += 1;
        const editor = page.locator('[contenteditable="true"]').nth(paragraphs - 1);
        await editor.waitFor({ timeout: 10000 });
        // The block's panel slides open: the editor takes the caret once it stands still.
        await page.waitForTimeout(500);
        await retype(editor, block.text);
        await page.getByText(block.text).waitFor({ timeout: 10000 });
      } else {
        await typeIntoBox(page.locator(`input[name="body.${index}.text"]`), block.text);
      }
    }
    await snapshot(page, JOURNEY, '03-translated');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByText(/Published|Success/i)
      .first()
      .waitFor({ timeout: 30000 });
    await snapshot(page, JOURNEY, '04-published');

    const total = clicks.total;
    const besidesBoxes = total - boxClicks;
    console.log(`translation journey: ${total} clicks in all, ${boxClicks} into text boxes, ${besidesBoxes} besides them`);
    expect(besidesBoxes).toBeLessThanOrEqual(12);

    const dari = await assembled('?locale=fa-AF');
    expect(dari).toMatchObject({
      slug: SLUG,
      title: 'سیلاب هرات به شهر کهنه رسید',
      summary: 'آب دریای هریرود شب گذشته کوچه‌های اطراف ارگ را فرا گرفت.',
    });
    expect(dari.byline).toEqual(english.byline);
    expect(dari.heroImage?.id).toBe(english.heroImage?.id);
    expect(dari.body.map(({ type, text }) => ({ type, text }))).toEqual([
      { type: 'paragraph', text: 'سیلاب شب سه‌شنبه به شهر کهنهٔ هرات رسید.' },
      { type: 'subheading', text: 'کمک‌ها می‌رسند' },
      { type: 'paragraph', text: 'نهادهای امدادی قایق و خیمه فرستادند.' },
    ]);
  });

  it('reads right to left on its reader page, at the story’s address under /fa-AF', async () => {
    const reader = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await reader.goto(`${server.url}/fa-AF/articles/${SLUG}`, { waitUntil: 'networkidle' });
    await snapshot(reader, JOURNEY, '05-dari-reader-page');
    await expect(reader.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(reader.locator('h1').textContent()).resolves.toBe('سیلاب هرات به شهر کهنه رسید');
    await expect(reader.locator('.byline').count()).resolves.toBe(1);
    expect(await reader.locator('figure.hero img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect(reader.locator('.languages a[hreflang="en"]').getAttribute('href')).resolves.toBe(`/articles/${SLUG}`);
    // Dari words around the text, the script's included: its counter counts in Persian digits.
    await expect(reader.locator('#reactions-title').textContent()).resolves.toBe('آیا این گزارش را خوش دارید؟');
    await reader.locator('#body').fill('سلام');
    await expect(reader.locator('#body-counter').textContent()).resolves.toBe('۱۴۹۶ / ۱۵۰۰');
    await reader.locator('#comment-form button[type="submit"]').click();
    await reader.waitForSelector('#authorName-error:not([hidden])');
    await expect(reader.locator('#authorName-error').textContent()).resolves.toBe('لطفاً نام خود را بنویسید: خانهٔ نام ضروری است.');
  });
});
