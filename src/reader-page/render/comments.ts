import { html, raw, type Html } from './html';
import { commentElement } from './comment';
import { toHtml } from './tree';
import { htmlMessage } from '../messages/html';
import type { PageWords } from '../messages';
import type { AssembledArticle } from '../../api/article/services/assembled-article';
import type { CommentView } from '../../api/article/assembly/types';

/** "Do you like this article?", the approved comments, threaded, and the comment form, in the page's words. */

export const renderComment = (comment: CommentView, canReply: boolean, t: PageWords): Html => raw(toHtml(commentElement(comment, canReply, t)));

const field = (id: string, label: string, input: Html, extra?: Html) => html`<div class="field">
  <label for="${id}">${label} <span class="required" aria-hidden="true">*</span></label>
  ${input}
  ${extra ?? ''}
  <p class="field-error" id="${id}-error" hidden></p>
</div>`;

const commentForm = (article: AssembledArticle, t: PageWords): Html => {
  const { maxLength } = article.comments.policy;
  const { m } = t;
  const counter = htmlMessage(m.counter, { remaining: html`<span class="remaining">${t.number(maxLength)}</span>`, max: html`${t.number(maxLength)}` });
  return html`<form id="comment-form" class="comment-form" novalidate data-max-length="${maxLength}">
  <h3>${m.leaveComment}</h3>
  <details class="policy"><summary>${m.policy}</summary><p>${m.policyText}</p></details>
  <p class="required-note"><span class="required" aria-hidden="true">*</span> ${m.requiredNote}</p>
  <p class="replying-to" id="replying-to" hidden><span></span> <button type="button" id="cancel-reply">${m.cancelReply}</button></p>
  <input type="hidden" name="parent" id="parent" value="">
  ${field('authorName', m.name, html`<input id="authorName" name="authorName" type="text" autocomplete="name" required aria-required="true" aria-describedby="authorName-error">`)}
  ${field('authorEmail', m.email, html`<input id="authorEmail" name="authorEmail" type="email" autocomplete="email" required aria-required="true" aria-describedby="authorEmail-error">`)}
  ${field(
    'body',
    m.comment,
    html`<textarea id="body" name="body" rows="6" required aria-required="true" aria-describedby="body-counter body-error"></textarea>`,
    html`<p class="counter" id="body-counter" aria-live="polite">${counter}</p>`
  )}
  <div class="hp" aria-hidden="true"><label for="website">${m.website}</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
  <button type="submit">${m.submit}</button>
  <p class="form-status" id="form-status" role="status" aria-live="polite"></p>
</form>`;
};

export const renderReactions = (article: AssembledArticle, t: PageWords): Html => html`<section class="reactions" aria-labelledby="reactions-title">
  <h2 id="reactions-title">${t.m.likeQuestion}</h2>
  <div class="reaction-buttons">
    <button type="button" class="reaction" data-value="like" aria-pressed="false">${t.m.like} <span class="count" data-count="like">${t.number(article.reactions.likes)}</span></button>
    <button type="button" class="reaction" data-value="dislike" aria-pressed="false">${t.m.dislike} <span class="count" data-count="dislike">${t.number(article.reactions.dislikes)}</span></button>
  </div>
  <p class="reaction-status" role="status" aria-live="polite"></p>
</section>`;

export const renderComments = (article: AssembledArticle, t: PageWords): Html => {
  const { comments } = article;
  const title = htmlMessage(t.pluralForm(t.m.commentsTitle, comments.count), { count: html`<span id="comment-count">${t.number(comments.count)}</span>` });
  return html`<section class="comments" id="comments" aria-labelledby="comments-title">
  <h2 id="comments-title">${title}</h2>
  <ol class="comment-list" id="comment-list">${comments.items.map((c) => renderComment(c, comments.enabled, t))}</ol>
  ${comments.items.length === 0 ? html`<p class="no-comments" id="no-comments">${t.m.noComments}</p>` : ''}
  ${comments.nextCursor ? html`<button type="button" id="more-comments" data-cursor="${comments.nextCursor}">${t.m.moreComments}</button>` : ''}
  ${comments.enabled ? commentForm(article, t) : html`<p class="comments-closed">${t.m.closed}</p>`}
</section>`;
};
