import { honeypot } from './honeypot';
import { blockedWords, heldWords } from './word-lists';
import { tooManyLinks } from './links';
import { moderationMode } from './moderation-mode';
import { blockedAuthor } from './blocked-author';
import { trustedAuthor } from './trusted-author';
import type { ScreeningInput, ScreeningRule, Verdict } from './types';
import type { Step } from '../pipeline/runner';

export type { ModerationStatus, ScreeningInput, ScreeningRule, Standing, Verdict } from './types';
export { screeningRecord } from './types';
export { parseWordList, findListedWord, foldForMatching } from './words';
export { countLinks } from './links';

/**
 * The order in which a new comment is screened, the last steps of the comment pipeline
 * (pipeline/index.ts). The first rule that decides sets its status; the harshest verdicts come
 * first, and the article's moderation mode, which always decides, comes last. A blocked e-mail
 * is spam right after the honeypot; a trusted author skips only the moderation mode (held words
 * and links still hold their comment).
 */
export const SCREENING_RULES: ScreeningRule[] = [honeypot, blockedAuthor, blockedWords, heldWords, tooManyLinks, trustedAuthor, moderationMode];

/** A screening rule as a step of the comment pipeline's runner: its verdict decides and ends the run. */
export const asStep =
  (rule: ScreeningRule): Step<ScreeningInput, Verdict> =>
  (input) => {
    const verdict = rule(input);
    return verdict ? { decide: verdict } : null;
  };

export const SCREENING_STEPS = SCREENING_RULES.map(asStep);
