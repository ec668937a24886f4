import { SCREENING_RULES, type ScreeningInput, type ScreeningRule } from '../screening';
import type { CommentCandidate, CommentStep } from './types';

/** What the screening rules (honeypot, word lists, links, moderation mode) read. */
export const screeningInput = ({ input, fields, article, rules }: CommentCandidate): ScreeningInput => ({
  body: fields?.body ?? '',
  authorName: fields?.authorName ?? '',
  honeypotFilled: typeof input.honeypot === 'string' ? input.honeypot.trim() !== '' : Boolean(input.honeypot),
  moderation: article?.commentModeration === 'post' ? 'post' : 'pre',
  holdWords: rules.holdWords,
  blockWords: rules.blockWords,
  maxLinks: rules.maxLinks,
});

/** A screening rule as a step: its verdict decides the comment's status and ends the run. */
export const screeningStep =
  (rule: ScreeningRule): CommentStep =>
  (candidate) => {
    const verdict = rule(screeningInput(candidate));
    return verdict ? { decide: verdict } : null;
  };

export const SCREENING_STEPS: CommentStep[] = SCREENING_RULES.map(screeningStep);
