/**
 * The reader page's behaviour, on top of server-rendered HTML: reactions, the live comment
 * counter, posting a comment or a reply, loading more comments. The counter uses the server's own
 * length and plain-text rules, comments are drawn by the server's own renderer (the same modules,
 * bundled), and the words are the page's: the catalogue's messages the page embeds for its
 * language (messages/), so the script can never disagree with the page.
 * Content is inserted as text nodes only: nothing a reader wrote is ever parsed as HTML.
 */
import { MAX_COMMENT_LENGTH, countCharacters, truncateToLength } from '../../api/comment/rules/length';
import { toPlainText } from '../../api/comment/rules/plain-text';
import type { CommentView } from '../../api/article/assembly/types';
import { commentElement } from '../render/comment';
import { CLIENT_WORDS_ID, makeWords } from '../messages/words';
import type { ClientWords as EmbeddedWords } from '../messages';
import { FORM_FIELDS, commentRefusal, reactionRefusal, type ApiError, type ClientWords } from './errors';
import { toDom } from './dom';

const main = document.getElementById('main') as HTMLElement;
const embedded = JSON.parse(document.getElementById(CLIENT_WORDS_ID)?.textContent ?? 'null') as EmbeddedWords;
const t: ClientWords = makeWords(embedded.lang, embedded.messages);
const api = main?.dataset.api ?? '';
const locale = main?.dataset.locale ?? '';
const withLocale = (url: string) => (locale ? `${url}${url.includes('?') ? '&' : '?'}locale=${encodeURIComponent(locale)}` : url);

const request = async (url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> => {
  const res = await fetch(withLocale(url), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    ...init,
  });
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  return { status: res.status, body };
};

/* "Do you like this article?" */
const reactionStatus = document.querySelector('.reaction-status');
document.querySelectorAll<HTMLButtonElement>('button.reaction').forEach((button) => {
  button.addEventListener('click', async () => {
    const value = button.dataset.value;
    const { status, body } = await request(`${api}/reactions`, { method: 'POST', body: JSON.stringify({ data: { value } }) });
    if (status !== 200) {
      if (reactionStatus) reactionStatus.textContent = reactionRefusal(status, body as ApiError, t);
      return;
    }
    const data = (body as { data: { likes: number; dislikes: number; mine: string } }).data;
    document.querySelectorAll<HTMLElement>('[data-count="like"]').forEach((el) => (el.textContent = t.number(data.likes)));
    document.querySelectorAll<HTMLElement>('[data-count="dislike"]').forEach((el) => (el.textContent = t.number(data.dislikes)));
    document.querySelectorAll<HTMLButtonElement>('button.reaction').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.value === data.mine)));
    if (reactionStatus) reactionStatus.textContent = t.m.reactionSaved;
  });
});

/* Comments */
const form = document.getElementById('comment-form') as HTMLFormElement | null;
const list = document.getElementById('comment-list') as HTMLOListElement | null;

const more = document.getElementById('more-comments') as HTMLButtonElement | null;
more?.addEventListener('click', async () => {
  const { status, body } = await request(`${api}/comments?cursor=${encodeURIComponent(more.dataset.cursor ?? '')}`);
  if (status !== 200 || !list) return;
  const page = body as { data: CommentView[]; meta: { nextCursor: string | null } };
  page.data.forEach((c) => list.append(toDom(commentElement(c, Boolean(form), t))));
  if (page.meta.nextCursor) more.dataset.cursor = page.meta.nextCursor;
  else more.remove();
});

if (form) {
  const max = Number(form.dataset.maxLength) || MAX_COMMENT_LENGTH;
  const body = form.querySelector<HTMLTextAreaElement>('#body')!;
  const remaining = form.querySelector<HTMLElement>('#body-counter .remaining')!;
  const status = form.querySelector<HTMLElement>('#form-status')!;
  const parent = form.querySelector<HTMLInputElement>('#parent')!;
  const replyingTo = form.querySelector<HTMLElement>('#replying-to')!;
  const fields = FORM_FIELDS;

  // What the server will count: the plain text, trimmed, in user-perceived characters.
  const measure = (value: string) => countCharacters(toPlainText(value));

  const updateCounter = () => {
    let value = body.value;
    let used = measure(value);
    if (used > max) {
      // The field takes no more: cut what was typed or pasted past the limit.
      let keep = countCharacters(value) - (used - max);
      value = truncateToLength(value, keep);
      while (measure(value) > max && keep > 0) value = truncateToLength(value, (keep -= 1));
      body.value = value;
      used = measure(value);
    }
    remaining.textContent = t.number(max - used);
  };
  body.addEventListener('beforeinput', (event) => {
    const atLimit = measure(body.value) >= max && body.selectionStart === body.selectionEnd;
    if (atLimit && event.inputType.startsWith('insert')) event.preventDefault();
  });
  body.addEventListener('input', updateCounter);
  updateCounter();

  const clearErrors = () => {
    for (const name of fields) {
      const input = form.querySelector<HTMLElement>(`#${name}`)!;
      const error = form.querySelector<HTMLElement>(`#${name}-error`)!;
      input.removeAttribute('aria-invalid');
      error.textContent = '';
      error.hidden = true;
    }
    status.textContent = '';
  };
  const showFieldError = (name: string, message: string): boolean => {
    if (!(fields as readonly string[]).includes(name)) return false;
    const input = form.querySelector<HTMLElement>(`#${name}`)!;
    const error = form.querySelector<HTMLElement>(`#${name}-error`)!;
    input.setAttribute('aria-invalid', 'true');
    error.textContent = message;
    error.hidden = false;
    return true;
  };
  const cancelReply = () => {
    parent.value = '';
    replyingTo.hidden = true;
  };
  form.querySelector('#cancel-reply')?.addEventListener('click', cancelReply);
  document.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.reply');
    if (!button) return;
    parent.value = button.dataset.replyTo ?? '';
    const name = button.dataset.replyName;
    replyingTo.querySelector('span')!.textContent = name ? t.fill(t.m.replyingTo, { name }) : t.m.replyingToAComment;
    replyingTo.hidden = false;
    body.focus();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const data: Record<string, string> = {
      authorName: value('authorName'),
      authorEmail: value('authorEmail'),
      body: value('body'),
      website: value('website'),
    };
    if (parent.value) data.parent = parent.value;
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    submit.disabled = true;
    try {
      const res = await request(`${api}/comments`, { method: 'POST', body: JSON.stringify({ data }) });
      if (res.status === 201) {
        const created = (res.body as { data: { status: string } }).data;
        form.reset();
        cancelReply();
        updateCounter();
        status.textContent = created.status === 'approved' ? t.m.commentPublished : t.m.commentAwaiting;
        status.focus();
        return;
      }
      const refusal = commentRefusal(res.status, res.body as ApiError, { authorName: data.authorName, authorEmail: data.authorEmail, body: data.body }, t);
      for (const problem of refusal.fields) showFieldError(problem.field, problem.message);
      if (refusal.fields.length) form.querySelector<HTMLElement>(`#${refusal.fields[0].field}`)?.focus();
      else status.textContent = refusal.message ?? t.m.commentFailed;
    } catch {
      status.textContent = t.m.commentNotSent;
    } finally {
      submit.disabled = false;
    }
  });
  status.tabIndex = -1;
}
