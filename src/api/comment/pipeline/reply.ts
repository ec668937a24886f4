import { fieldError } from '../../../validation/field-error';
import { COMMENT_MESSAGES } from '../rules/messages';
import { isVisibleStatus } from '../events/visibility';
import type { CommentStep } from './types';

/**
 * A reply answers a comment readers can see (approved, under approved ancestors) on the same
 * article, and nests no deeper than the newsroom allows. A reply under a hidden comment would be
 * accepted and never shown.
 */
export const replyTarget: CommentStep = async ({ input, article, maxDepth }, lookups) => {
  const parent = input.parent;
  if (parent === undefined || parent === null || parent === '') return { with: { parentId: null } };
  const invalid = { refuse: fieldError('parent', COMMENT_MESSAGES.parentInvalid) };
  if (typeof parent !== 'string' || parent.length > 64 || !article) return invalid;
  const target = await lookups.replyTarget(article, parent, maxDepth);
  if (!target || !target.chain.every(isVisibleStatus)) return invalid;
  // The chain holds the parent and its ancestors: a reply to a top-level comment has depth 1.
  if (target.chain.length > maxDepth) return { refuse: fieldError('parent', COMMENT_MESSAGES.tooDeep(maxDepth)) };
  return { with: { parentId: target.id } };
};
