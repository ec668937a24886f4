import { enforceCommentFields } from '../rules';
import type { CommentStep } from './types';

/**
 * Name, e-mail and comment: required, plain text, within their lengths (rules/, the same module
 * the lifecycle hooks apply to every write). What follows compares what would be stored.
 */
export const fields: CommentStep = ({ input }) => {
  const data: Record<string, unknown> = { authorName: input.authorName, authorEmail: input.authorEmail, body: input.body };
  try {
    enforceCommentFields(data, 'create');
  } catch (error) {
    return { refuse: error as Error };
  }
  return { with: { fields: data as { authorName: string; authorEmail: string; body: string } } };
};
