import { SCREENING_STEPS as RULE_STEPS, type ScreeningInput } from '../screening';
import type { CommentCandidate, CommentStep } from './types';

/** What the screening rules (honeypot, word lists, links, moderation mode) read. */
export const screeningInput = (candidate: CommentCandidate): ScreeningInput => {
  const { input, fields, article, rules } = candidate;
  return {
  body: fields?.body ?? '',
  authorName: fields?.authorName ?? '',
  authorEmail: fields?.authorEmail ?? '',
  standing: candidate.standing ?? 'normal',
  honeypotFilled: typeof input.honeypot === 'string' ? input.honeypot.trim() !== '' : Boolean(input.honeypot),
  moderation: article?.commentModeration === 'post' ? 'post' : 'pre',
  holdWords: rules.holdWords,
  blockWords: rules.blockWords,
  maxLinks: rules.maxLinks,
  };
};

/** The screening rules, fed what they read from the candidate. */
export const SCREENING_STEPS: CommentStep[] = RULE_STEPS.map((step) => async (candidate) => {
  const outcome = await step(screeningInput(candidate), undefined);
  return outcome && 'decide' in outcome ? { decide: outcome.decide } : null;
});
