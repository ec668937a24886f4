import type { Core } from '@strapi/strapi';
import { DISCUSSION_CHANGED, type DiscussionChanged } from './types';

/**
 * Announces a write once its transaction commits (at once when there is none); a rolled-back
 * write announces nothing. Listeners run after the write's caller has its answer and cannot fail it.
 */
export const emitAfterCommit = async (strapi: Core.Strapi, event: DiscussionChanged): Promise<void> => {
  const emit = () => {
    strapi.eventHub.emit(DISCUSSION_CHANGED, event).catch((error: Error) => {
      strapi.log.warn(`[${DISCUSSION_CHANGED}] a listener failed: ${error.message}`);
    });
  };
  if (!strapi.db.inTransaction()) return emit();
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(emit);
  });
};
