import { articleExists, articleOpen } from './article';
import { fields } from './fields';
import { replyTarget } from './reply';
import { notRepeated } from './duplicate';
import { authorStanding } from './standing';
import { SCREENING_STEPS } from './screening';
import { runSteps } from './runner';
import type { CommentCandidate, CommentLookups, CommentStep } from './types';
import type { Verdict } from '../screening';

export type { CommentCandidate, CommentLookups, ReplyTarget } from './types';
export { runSteps, type Step, type Outcome } from './runner';

/**
 * Every check a reader's comment meets, in order. The guards refuse (404, 403, 400, 409) and
 * nothing is written; then the screening rules decide its status, the harshest first, the
 * article's moderation mode last (it always decides).
 */
export const COMMENT_PIPELINE: CommentStep[] = [
  articleExists,
  articleOpen,
  fields,
  replyTarget,
  notRepeated,
  authorStanding,
  ...SCREENING_STEPS, // honeypot, blocked author, blocked words, held words, links, trusted author, moderation mode
];

export interface AcceptedComment {
  candidate: CommentCandidate & { fields: NonNullable<CommentCandidate['fields']>; article: NonNullable<CommentCandidate['article']> };
  verdict: Verdict;
}

export const runCommentPipeline = async (
  start: CommentCandidate,
  lookups: CommentLookups,
  steps: CommentStep[] = COMMENT_PIPELINE
): Promise<AcceptedComment> => {
  const { candidate, decision } = await runSteps(steps, start, lookups);
  // The moderation-mode rule always decides; a list without it is a programming error.
  if (!decision || !candidate.fields || !candidate.article) throw new Error('The comment pipeline ended without a verdict.');
  return { candidate: candidate as AcceptedComment['candidate'], verdict: decision };
};
