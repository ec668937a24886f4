import type { CommentStep } from './types';

/** The author's standing by e-mail, read once the comment is accepted, for the screening rules. */
export const authorStanding: CommentStep = async ({ fields }, lookups) =>
  fields ? { with: { standing: await lookups.standing(fields.authorEmail) } } : null;
