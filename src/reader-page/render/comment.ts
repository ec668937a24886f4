import { h, displayTime, type Element } from './tree';
import { PAGE_TEXT } from './locales';
import type { CommentView } from '../../api/article/assembly/types';

/**
 * One approved comment and its replies: the one renderer of a comment, used by the server's page
 * (as HTML) and by the page's script for the comments it loads (as DOM nodes).
 */
export const commentElement = (comment: CommentView, canReply: boolean): Element =>
  h(
    'li',
    { class: 'comment', id: `comment-${comment.id}`, 'data-comment-id': comment.id },
    h(
      'article',
      { 'aria-label': PAGE_TEXT.commentBy(comment.authorName) },
      h('header', {}, h('span', { class: 'comment-author' }, comment.authorName), ' ', h('time', { datetime: comment.createdAt }, displayTime(comment.createdAt))),
      h('p', { class: 'comment-body' }, comment.body),
      canReply && h('button', { type: 'button', class: 'reply', 'data-reply-to': comment.id, 'data-reply-name': comment.authorName }, PAGE_TEXT.reply)
    ),
    comment.replies.length > 0 && h('ol', { class: 'replies' }, comment.replies.map((reply) => commentElement(reply, canReply)))
  );
