import { honeypot } from './honeypot';
import { blockedWords, heldWords } from './word-lists';
import { tooManyLinks } from './links';
import { moderationMode } from './moderation-mode';
import type { ScreeningInput, ScreeningRule, Verdict } from './types';

export type { ModerationStatus, ScreeningInput, ScreeningRule, Verdict } from './types';
export { parseWordList, findListedWord, foldForMatching } from './words';
export { countLinks } from './links';

/**
 * The order in which a new comment is screened. The first rule that decides sets its status;
 * the harshest verdicts come first, and the article's moderation mode decides the rest.
 */
export const SCREENING_RULES: ScreeningRule[] = [honeypot, blockedWords, heldWords, tooManyLinks, moderationMode];

export const screenComment = (input: ScreeningInput, rules: ScreeningRule[] = SCREENING_RULES): Verdict => {
  for (const rule of rules) {
    const verdict = rule(input);
    if (verdict) return verdict;
  }
  return moderationMode(input) as Verdict;
};
