import { SCREENING_STEPS, type ScreeningInput } from '..';
import { runSteps } from '../../pipeline/runner';

/** The screening steps as the comment pipeline's runner runs them: the verdict of the first that decides. */
export const screenComment = async (screening: ScreeningInput) => (await runSteps(SCREENING_STEPS, screening, undefined)).decision;

/** A civil comment under pre-moderation with no word lists, with what a case changes. */
export const input = (override: Partial<ScreeningInput> = {}): ScreeningInput => ({
  body: 'A thoughtful comment.',
  authorName: 'Reader',
  authorEmail: 'reader@example.org',
  standing: 'normal',
  honeypotFilled: false,
  moderation: 'pre',
  holdWords: [],
  blockWords: [],
  maxLinks: 2,
  ...override,
});
