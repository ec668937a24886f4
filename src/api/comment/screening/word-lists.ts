import { findListedWord } from './words';
import type { ScreeningRule } from './types';

/** A blocked word sends the comment straight to spam. */
export const blockedWords: ScreeningRule = ({ body, authorName, blockWords }) => {
  const word = findListedWord(`${authorName}\n${body}`, blockWords);
  return word ? { status: 'spam', rule: 'block-words', reason: `Spam: contains the blocked word "${word}".`, word } : null;
};

/** A held word sends the comment to a moderator, whatever the article's moderation mode. */
export const heldWords: ScreeningRule = ({ body, authorName, holdWords }) => {
  const word = findListedWord(`${authorName}\n${body}`, holdWords);
  return word ? { status: 'pending', rule: 'hold-words', reason: `Held for review: contains "${word}".`, word } : null;
};
