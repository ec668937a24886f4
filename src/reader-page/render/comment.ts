import { h, type Element } from './tree';
import type { Words } from '../messages/words';
import type { Catalogue } from '../messages/types';
import type { CommentView } from '../../api/article/assembly/types';

/**
 * One approved comment and its replies: the one renderer of a comment, used by the server's page
 * (as HTML) and by the page's script for the comments it loads (as DOM nodes), in the page's words.
 */
export type CommentWords = Words<Pick<Catalogue, 'dateTime' | 'commentBy' | 'reply'>>;

export const commentElement = (comment: CommentView, canReply: boolean, t: CommentWords): Element =>
  h(
    'li',
    { class: 'comment', id: `comment-${comment.id}`, 'data-comment-id': comment.id },
    h(
      'article',
      { 'aria-label': t.fill(t.m.commentBy, { name: comment.authorName }) },
      h('header', {}, h('span', { class: 'comment-author' }, comment.authorName), ' ', h('time', { datetime: comment.createdAt }, t.time(comment.createdAt))),
      h('p', { class: 'comment-body' }, comment.body),
      canReply && h('button', { type: 'button', class: 'reply', 'data-reply-to': comment.id, 'data-reply-name': comment.authorName }, t.m.reply)
    ),
    comment.replies.length > 0 && h('ol', { class: 'replies' }, comment.replies.map((reply) => commentElement(reply, canReply, t)))
  );
