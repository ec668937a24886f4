import type { Browser, Locator, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, snapshot } from '../helpers/browser';
import { createModeratorAccount } from '../helpers/accounts';
import { signInToAdmin } from '../helpers/admin-ui';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * The moderation desk (issue 14), as a Comment moderator uses it: finds it in the menu, clears a
 * queue of five with the keyboard only (the reader page then shows the approved ones), restores a
 * reported comment after reading why it was reported, sends three spam comments in one bulk
 * action, takes a decision back with Undo, and trusts an author whose next comment is then
 * published at once. One server and one signed-in moderator; each step leaves the Pending queue
 * empty for the next.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
const JOURNEY = 'desk';
const EMAIL = 'desk.moderator@example.org';
const PASSWORD = 'Desk-Moderat0r';
const READER_PAGE = () => `${server.url}/articles/${DEMO_SLUG}`;

interface Posted {
  id: string;
  status: string;
}

/** A reader posts a comment on the demo story through the public comment API. */
const postComment = async (body: string, author = { authorName: 'Hamid', authorEmail: 'hamid@example.org' }, parent?: string): Promise<Posted> => {
  const res = await fetch(`${server.url}/api/articles/${DEMO_SLUG}/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { ...author, body, ...(parent ? { parent } : {}) } }),
  });
  if (res.status !== 201) throw new Error(`the comment was not posted: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: Posted }).data;
};

/** A reader reports a comment; each call is a new browser, so a new reader. */
const report = async (id: string, reason: string, note?: string) => {
  const res = await fetch(`${server.url}/api/comments/${id}/reports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { reason, ...(note ? { note } : {}) } }),
  });
  if (res.status !== 201) throw new Error(`the report was not taken: ${res.status} ${await res.text()}`);
};

const readerComments = async (): Promise<string[]> => {
  const reader = await browser.newPage();
  await reader.goto(READER_PAGE(), { waitUntil: 'networkidle' });
  const bodies = await reader.locator('.comment-body').allTextContents();
  await reader.close();
  return bodies;
};

const cards = () => page.getByTestId('desk-card');
const card = (text: string): Locator => cards().filter({ hasText: text });
const count = (queue: string) => page.locator(`[data-count="${queue}"]`);
const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
/** The live count of a queue, once it reads `value`. */
const countReads = async (queue: string, value: number) => {
  await page.waitForFunction(([q, v]) => document.querySelector(`[data-count="${q}"]`)?.textContent === String(v), [queue, value] as const, { timeout: 15000 });
};
const openDesk = async () => {
  await page.goto(`${server.url}/admin/moderation-desk`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Moderation desk' }).waitFor();
};

beforeAll(async () => {
  // Many comments and reports from one address in a few seconds: the rate limits are for another test.
  server = await startServer({ RATE_LIMIT_COMMENTS: '100000', RATE_LIMIT_REPORTS: '100000' });
  createModeratorAccount(server, EMAIL, PASSWORD, true);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.addLocatorHandler(page.getByRole('dialog').getByRole('button', { name: 'Skip' }), (skip) => skip.click());
  await signInToAdmin(page, server.url, EMAIL, PASSWORD);
}, 180000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the moderation desk', () => {
  const five = [
    'The school reopening is good news for the girls of Herat.',
    'این گزارش دقیق و منصفانه است.',
    'You are all paid liars and I hope you rot.',
    'My cousin teaches there; the numbers match what she says.',
    'Will the story be followed up next month?',
  ];

  it('a moderator finds the desk in the menu and clears a queue of five with the keyboard only; the reader sees the approved ones', async () => {
    for (const body of five) await postComment(body);
    await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Moderation desk' }).click();
    await page.getByRole('heading', { name: 'Moderation desk' }).waitFor();
    await card(five[0]).waitFor();
    await countReads('pending', 5);
    await expect(cards().count()).resolves.toBe(5);
    // The whole comment, in its own direction: the Dari one right to left.
    await expect(card(five[1]).locator('[data-comment-body]').getAttribute('dir')).resolves.toBe('rtl');
    await expect(card(five[0]).locator('[data-comment-body]').getAttribute('dir')).resolves.toBe('ltr');
    // Why each is here, the headline linking to the reader page at the comment, the author's history.
    await expect(card(five[0]).locator('[data-reason="pre-moderation"]').count()).resolves.toBe(1);
    const headline = card(five[0]).getByRole('link').first();
    await expect(headline.getAttribute('href')).resolves.toContain(`/articles/${DEMO_SLUG}`);
    await expect(headline.getAttribute('target')).resolves.toBe('_blank');
    await expect(card(five[0]).locator('[data-author-history]').textContent()).resolves.toContain('pending');
    await expect(page.getByTestId('desk-key-hints').textContent()).resolves.toContain('A approve');
    await page.keyboard.press('?');
    await page.getByLabel('Keyboard keys').getByText('next / previous comment').waitFor();
    await page.keyboard.press('?');
    await expect(page.getByLabel('Keyboard keys').count()).resolves.toBe(0);
    await snapshot(page, JOURNEY, '01-queue-of-five');

    // Oldest first; J and K move, the focused card is the one decided; each leaves at once.
    await page.keyboard.press('j');
    await expect(card(five[1]).getAttribute('data-focused')).resolves.toBe('true');
    await page.keyboard.press('k');
    await expect(card(five[0]).getAttribute('data-focused')).resolves.toBe('true');
    await page.keyboard.press('a');
    await expect(card(five[0]).count()).resolves.toBe(0);
    await expect(card(five[1]).getAttribute('data-focused')).resolves.toBe('true');
    await page.keyboard.press('a');
    // N opens a note on the focused card: Enter saves it to the trail, and keys typed there decide nothing.
    await page.keyboard.press('n');
    const note = page.getByRole('textbox', { name: 'Note on this comment' });
    await note.waitFor();
    await page.keyboard.type('Abusive: rejected');
    await page.keyboard.press('Enter');
    await note.waitFor({ state: 'detached' });
    await card(five[2]).getByRole('list', { name: 'Moderation trail' }).getByText('Abusive: rejected', { exact: false }).waitFor();
    await expect(cards().count()).resolves.toBe(3);
    await page.keyboard.press('r');
    await page.keyboard.press('a');
    await page.keyboard.press('a');
    await page.getByText('Nothing here: this queue is clear.').waitFor();
    await countReads('pending', 0);
    await countReads('approved', 4);
    await countReads('rejected', 1);
    await snapshot(page, JOURNEY, '02-queue-cleared');

    await expect(readerComments()).resolves.toEqual(expect.arrayContaining([five[0], five[1], five[3], five[4]]));
    await expect(readerComments()).resolves.not.toContain(five[2]);
  });

  it('a reported comment shows its readers’ reasons and count, and is restored: approved, it leaves the Reported queue', async () => {
    const reported = five[3];
    const list = await fetch(`${server.url}/api/articles/${DEMO_SLUG}/comments`).then((res) => res.json() as Promise<{ data: Array<{ id: string; body: string }> }>);
    const target = list.data.find((comment) => comment.body === reported);
    const first = list.data.find((comment) => comment.body === five[0]);
    if (!target || !first) throw new Error('the approved comments are not listed');
    // A reply, for later: its card shows the comment it answers.
    await postComment('The figures here are wrong and the reporter knows it.', { authorName: 'Soraya', authorEmail: 'soraya@example.org' }, first.id);
    // Three readers report the comment approved earlier: it goes back to the queue, hidden.
    await report(target.id, 'abuse', 'Calls the reporter a liar');
    await report(target.id, 'misinformation');
    await report(target.id, 'off-topic');
    await expect(readerComments()).resolves.not.toContain(reported);

    await openDesk();
    await tab('Reported').click();
    await card(reported).waitFor();
    const reasons = card(reported).getByLabel('Reports');
    await expect(reasons.getByText('Reported 3 times').count()).resolves.toBe(1);
    await expect(reasons.locator('[data-report-reason]').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('abuse: “Calls the reporter a liar”'), expect.stringContaining('misinformation'), expect.stringContaining('off-topic')]),
    );
    await snapshot(page, JOURNEY, '03-reported');
    await card(reported).getByRole('button', { name: 'Approve (A)' }).click();
    await expect(card(reported).count()).resolves.toBe(0);
    await countReads('reported', 0);
    await page.reload({ waitUntil: 'networkidle' });
    await tab('Reported').click();
    await countReads('reported', 0);
    await expect(card(reported).count()).resolves.toBe(0);
    await expect(readerComments()).resolves.toContain(reported);

    // Leave Pending empty for the next step: Soraya's reply goes too, read with the comment it answers.
    await tab('Pending').click();
    await card('The figures here are wrong').waitFor();
    const answered = card('The figures here are wrong').getByLabel('In reply to');
    await expect(answered.textContent()).resolves.toContain('In reply to Hamid');
    await expect(answered.textContent()).resolves.toContain(five[0]);
    await page.keyboard.press('r');
    await countReads('pending', 0);
  });

  it('three spam comments go in one bulk action', async () => {
    const spam = ['Cheap watches at best-casino-deals dot example', 'Win big at best-casino-deals tonight', 'best-casino-deals: free spins for every reader'];
    for (const [index, body] of spam.entries()) await postComment(body, { authorName: `Promo ${index}`, authorEmail: `promo${index}@spam.example` });
    await postComment('A fair question about the budget.', { authorName: 'Farid', authorEmail: 'farid@example.org' });
    await openDesk();
    await countReads('pending', 4);
    // The text filter narrows the queue and its counts; "select all matching" takes the three.
    await page.getByRole('searchbox').fill('casino');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="desk-card"]').length === 3);
    await countReads('pending', 3);
    await page.getByRole('button', { name: 'Select all 3 matching this filter' }).click();
    await expect(page.getByTestId('desk-selected').textContent()).resolves.toBe('All 3 matching this filter');
    await snapshot(page, JOURNEY, '04-bulk');
    await page.getByRole('button', { name: 'Spam all 3' }).click();
    await page.getByText('No comment in this queue matches the filters.').waitFor();
    await countReads('spam', 3);
    await countReads('pending', 0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await card('A fair question about the budget.').waitFor();
    await countReads('pending', 1);
  });

  it('an undo puts a decided comment back in its queue', async () => {
    const body = 'A fair question about the budget.';
    await card(body).getByRole('button', { name: 'Reject (R)' }).click();
    await expect(card(body).count()).resolves.toBe(0);
    const toast = page.getByTestId('desk-undo');
    await toast.filter({ hasText: 'Rejected: the comment by Farid' }).waitFor();
    await snapshot(page, JOURNEY, '05-undo-offered');
    await toast.getByRole('button', { name: 'Undo (U)' }).click();
    await card(body).waitFor();
    await countReads('pending', 1);
    // Five's abusive one and Soraya's: this one is no longer counted.
    await countReads('rejected', 2);
    // The trail keeps both: the rejection and its undoing.
    await expect(card(body).getByRole('list', { name: 'Moderation trail' }).textContent()).resolves.toContain('Undo');
    // U undoes too, from the keyboard: the comment put back is the focused one again.
    await expect(card(body).getAttribute('data-focused')).resolves.toBe('true');
    await page.keyboard.press('s');
    await expect(card(body).count()).resolves.toBe(0);
    await toast.filter({ hasText: 'Marked as spam: the comment by Farid' }).waitFor();
    await page.keyboard.press('u');
    await card(body).waitFor();
    await countReads('pending', 1);
  });

  it('a trusted author’s next comment is published at once', async () => {
    const body = 'A fair question about the budget.';
    const author = card(body).getByRole('region', { name: 'Author Farid' });
    await author.getByRole('button', { name: 'Trust author' }).click();
    await author.getByRole('textbox', { name: 'Note on the author (optional)' }).fill('Long-time reader, always civil');
    await author.getByRole('button', { name: 'Trust author: confirm' }).click();
    await author.locator('[data-standing="trusted"]').waitFor();
    await expect(author.locator('[data-standing]').textContent()).resolves.toBe('Trusted');
    await author.getByRole('list', { name: 'Changes to the author’s standing' }).getByText('Long-time reader, always civil', { exact: false }).waitFor();
    await snapshot(page, JOURNEY, '06-trusted');
    await page.keyboard.press('a');
    await countReads('pending', 0);

    const next = await postComment('Thank you for answering my question.', { authorName: 'Farid', authorEmail: 'Farid@Example.org' });
    expect(next.status).toBe('approved');
    await expect(readerComments()).resolves.toContain('Thank you for answering my question.');

    // And back to normal: the next comment waits for a moderator again.
    await page.reload({ waitUntil: 'networkidle' });
    await tab('Approved').click();
    const again = card('Thank you for answering my question.').getByRole('region', { name: 'Author Farid' });
    await again.getByRole('button', { name: 'Back to normal' }).click();
    await again.getByRole('button', { name: 'Back to normal: confirm' }).click();
    await again.locator('[data-standing="normal"]').waitFor();
    const after = await postComment('One more question on the budget.', { authorName: 'Farid', authorEmail: 'farid@example.org' });
    expect(after.status).toBe('pending');
    // The counts are live: the open desk counts it in Pending within one poll, without a reload.
    await countReads('pending', 1);
  });
});
