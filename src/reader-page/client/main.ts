/**
 * The reader page's behaviour, on top of server-rendered HTML: reactions, the live comment
 * counter, posting a comment or a reply, loading more comments. The counter uses the server's own
 * length and plain-text rules (the same modules, bundled), so it can never disagree with them.
 * Content is inserted with textContent only: nothing a reader wrote is ever parsed as HTML.
 */
import { countCharacters, truncateToLength } from '../../api/comment/rules/length';
import { toPlainText } from '../../api/comment/rules/plain-text';

interface ApiError {
  error?: { status?: number; message?: string; details?: { errors?: Array<{ path?: string[]; message?: string }> } };
}
interface CommentView {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  replies: CommentView[];
}

const main = document.getElementById('main') as HTMLElement;
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

const errorMessage = (body: unknown, fallback: string) => (body as ApiError)?.error?.message || fallback;

/* "Do you like this article?" */
const reactionStatus = document.querySelector('.reaction-status');
document.querySelectorAll<HTMLButtonElement>('button.reaction').forEach((button) => {
  button.addEventListener('click', async () => {
    const value = button.dataset.value;
    const { status, body } = await request(`${api}/reactions`, { method: 'POST', body: JSON.stringify({ data: { value } }) });
    if (status !== 200) {
      if (reactionStatus) reactionStatus.textContent = errorMessage(body, 'Your answer could not be saved. Please try again.');
      return;
    }
    const data = (body as { data: { likes: number; dislikes: number; mine: string } }).data;
    document.querySelectorAll<HTMLElement>('[data-count="like"]').forEach((el) => (el.textContent = String(data.likes)));
    document.querySelectorAll<HTMLElement>('[data-count="dislike"]').forEach((el) => (el.textContent = String(data.dislikes)));
    document.querySelectorAll<HTMLButtonElement>('button.reaction').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.value === data.mine)));
    if (reactionStatus) reactionStatus.textContent = 'Thank you for your answer.';
  });
});

/* Comments */
const form = document.getElementById('comment-form') as HTMLFormElement | null;
const list = document.getElementById('comment-list') as HTMLOListElement | null;

const renderComment = (comment: CommentView, canReply: boolean): HTMLLIElement => {
  const item = document.createElement('li');
  item.className = 'comment';
  item.id = `comment-${comment.id}`;
  item.dataset.commentId = comment.id;
  const article = document.createElement('article');
  article.setAttribute('aria-label', `Comment by ${comment.authorName}`);
  const header = document.createElement('header');
  const author = document.createElement('span');
  author.className = 'comment-author';
  author.textContent = comment.authorName;
  const time = document.createElement('time');
  time.dateTime = comment.createdAt;
  time.textContent = new Date(comment.createdAt).toUTCString().replace(/ GMT$/, ' UTC');
  header.append(author, ' ', time);
  const text = document.createElement('p');
  text.className = 'comment-body';
  text.textContent = comment.body;
  article.append(header, text);
  if (canReply) {
    const reply = document.createElement('button');
    reply.type = 'button';
    reply.className = 'reply';
    reply.dataset.replyTo = comment.id;
    reply.dataset.replyName = comment.authorName;
    reply.textContent = 'Reply';
    article.append(reply);
  }
  item.append(article);
  if (comment.replies.length) {
    const replies = document.createElement('ol');
    replies.className = 'replies';
    comment.replies.forEach((r) => replies.append(renderComment(r, canReply)));
    item.append(replies);
  }
  return item;
};

const more = document.getElementById('more-comments') as HTMLButtonElement | null;
more?.addEventListener('click', async () => {
  const { status, body } = await request(`${api}/comments?cursor=${encodeURIComponent(more.dataset.cursor ?? '')}`);
  if (status !== 200 || !list) return;
  const page = body as { data: CommentView[]; meta: { nextCursor: string | null } };
  page.data.forEach((c) => list.append(renderComment(c, Boolean(form))));
  if (page.meta.nextCursor) more.dataset.cursor = page.meta.nextCursor;
  else more.remove();
});

if (form) {
  const max = Number(form.dataset.maxLength) || 1500;
  const body = form.querySelector<HTMLTextAreaElement>('#body')!;
  const remaining = form.querySelector<HTMLElement>('#body-counter .remaining')!;
  const status = form.querySelector<HTMLElement>('#form-status')!;
  const parent = form.querySelector<HTMLInputElement>('#parent')!;
  const replyingTo = form.querySelector<HTMLElement>('#replying-to')!;
  const fields = ['authorName', 'authorEmail', 'body'] as const;

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
    remaining.textContent = String(max - used);
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
    replyingTo.querySelector('span')!.textContent = `Replying to ${button.dataset.replyName ?? 'a comment'}.`;
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
        status.textContent =
          created.status === 'approved'
            ? 'Thank you: your comment is published. Reload the page to see it.'
            : 'Thank you: your comment is awaiting moderation. It will appear once a moderator approves it.';
        status.focus();
        return;
      }
      const problems = (res.body as ApiError)?.error?.details?.errors ?? [];
      let first: string | null = null;
      for (const problem of problems) {
        const name = problem.path?.[0] ?? '';
        if (showFieldError(name, problem.message ?? 'Please check this field.') && !first) first = name;
      }
      if (first) form.querySelector<HTMLElement>(`#${first}`)?.focus();
      else status.textContent = errorMessage(res.body, 'Your comment could not be posted. Please try again.');
    } catch {
      status.textContent = 'Your comment could not be sent: check your connection and try again.';
    } finally {
      submit.disabled = false;
    }
  });
  status.tabIndex = -1;
}
