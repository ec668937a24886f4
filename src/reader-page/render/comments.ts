import { html, raw, type Html } from './html';
import { PAGE_TEXT } from './locales';
import { commentElement } from './comment';
import { toHtml } from './tree';
import type { AssembledArticle } from '../../api/article/services/assembled-article';
import type { CommentView } from '../../api/article/assembly/types';

/** "Do you like this article?", the approved comments, threaded, and the comment form. */

export const renderComment = (comment: CommentView, canReply: boolean): Html => raw(toHtml(commentElement(comment, canReply)));

const field = (id: string, label: string, input: Html, extra?: Html) => html`<div class="field">
  <label for="${id}">${label} <span class="required" aria-hidden="true">*</span></label>
  ${input}
  ${extra ?? ''}
  <p class="field-error" id="${id}-error" hidden></p>
</div>`;

const commentForm = (article: AssembledArticle): Html => {
  const { maxLength } = article.comments.policy;
  return html`<form id="comment-form" class="comment-form" novalidate data-max-length="${maxLength}">
  <h3>${PAGE_TEXT.leaveComment}</h3>
  <details class="policy"><summary>${PAGE_TEXT.policy}</summary><p>${PAGE_TEXT.policyText}</p></details>
  <p class="required-note"><span class="required" aria-hidden="true">*</span> ${PAGE_TEXT.requiredNote}</p>
  <p class="replying-to" id="replying-to" hidden><span></span> <button type="button" id="cancel-reply">${PAGE_TEXT.cancelReply}</button></p>
  <input type="hidden" name="parent" id="parent" value="">
  ${field('authorName', PAGE_TEXT.name, html`<input id="authorName" name="authorName" type="text" autocomplete="name" required aria-required="true" aria-describedby="authorName-error">`)}
  ${field('authorEmail', PAGE_TEXT.email, html`<input id="authorEmail" name="authorEmail" type="email" autocomplete="email" required aria-required="true" aria-describedby="authorEmail-error">`)}
  ${field(
    'body',
    PAGE_TEXT.comment,
    html`<textarea id="body" name="body" rows="6" required aria-required="true" aria-describedby="body-counter body-error"></textarea>`,
    html`<p class="counter" id="body-counter" aria-live="polite"><span class="remaining">${maxLength}</span> / ${maxLength}</p>`
  )}
  <div class="hp" aria-hidden="true"><label for="website">Website</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
  <button type="submit">${PAGE_TEXT.submit}</button>
  <p class="form-status" id="form-status" role="status" aria-live="polite"></p>
</form>`;
};

export const renderReactions = (article: AssembledArticle): Html => html`<section class="reactions" aria-labelledby="reactions-title">
  <h2 id="reactions-title">${PAGE_TEXT.likeQuestion}</h2>
  <div class="reaction-buttons">
    <button type="button" class="reaction" data-value="like" aria-pressed="false">${PAGE_TEXT.like} <span class="count" data-count="like">${article.reactions.likes}</span></button>
    <button type="button" class="reaction" data-value="dislike" aria-pressed="false">${PAGE_TEXT.dislike} <span class="count" data-count="dislike">${article.reactions.dislikes}</span></button>
  </div>
  <p class="reaction-status" role="status" aria-live="polite"></p>
</section>`;

export const renderComments = (article: AssembledArticle): Html => {
  const { comments } = article;
  return html`<section class="comments" id="comments" aria-labelledby="comments-title">
  <h2 id="comments-title"><span id="comment-count">${comments.count}</span> ${PAGE_TEXT.commentsLabel}</h2>
  <ol class="comment-list" id="comment-list">${comments.items.map((c) => renderComment(c, comments.enabled))}</ol>
  ${comments.items.length === 0 ? html`<p class="no-comments" id="no-comments">${PAGE_TEXT.noComments}</p>` : ''}
  ${comments.nextCursor ? html`<button type="button" id="more-comments" data-cursor="${comments.nextCursor}">${PAGE_TEXT.moreComments}</button>` : ''}
  ${comments.enabled ? commentForm(article) : html`<p class="comments-closed">${PAGE_TEXT.closed}</p>`}
</section>`;
};
