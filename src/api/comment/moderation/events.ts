import type { Core } from '@strapi/strapi';

/**
 * After any comment write, one domain event; caches, counters and notifications listen to it
 * rather than each writer remembering them.
 */
export const COMMENT_CHANGED = 'newsroom.comment.changed';

export interface CommentChanged {
  action: 'created' | 'moderated' | 'updated' | 'deleted';
  commentIds: number[];
  status?: string;
}

export const emitCommentChanged = (strapi: Core.Strapi, event: CommentChanged): void => {
  void strapi.eventHub.emit(COMMENT_CHANGED, event);
};
