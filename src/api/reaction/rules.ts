import { fieldError } from '../../validation/field-error';
import type { Step } from '../comment/pipeline/runner';

/** The checks a reader's vote meets, in order, run by the comment pipeline's runner. */
export const REACTION_VALUES = ['like', 'dislike'] as const;
export type ReactionValue = (typeof REACTION_VALUES)[number];
/** What a vote may carry. */
export const REACTION_FIELDS = ['value'] as const;

export const REACTION_MESSAGES = {
  value: 'Answer with "like" or "dislike".',
  noArticle: (slug: string) => `No published article "${slug}".`,
} as const;

export interface VoteCandidate {
  value: unknown;
}

export const valueListed: Step<VoteCandidate, never> = ({ value }) =>
  typeof value === 'string' && (REACTION_VALUES as readonly string[]).includes(value)
    ? null
    : { refuse: fieldError('value', REACTION_MESSAGES.value, 'Must be like or dislike.') };

export const VOTE_RULES = [valueListed];
