import { countCharacters, exceedsLength, MAX_COMMENT_LENGTH } from './length';
import { toPlainText } from './plain-text';
import { COMMENT_MESSAGES } from './messages';
import { isEmailAddress } from '../../../validation/email';

/** One problem with one field, in the shape Strapi uses for validation details. */
export interface FieldProblem {
  path: string[];
  message: string;
  name: 'ValidationError';
}

export const MAX_AUTHOR_NAME_LENGTH = 80;

type Outcome = { value: string } | { problem: FieldProblem };

const problem = (field: string, message: string): Outcome => ({
  problem: { path: [field], message, name: 'ValidationError' },
});

export const checkBody = (input: unknown): Outcome => {
  if (input !== undefined && input !== null && typeof input !== 'string') {
    return problem('body', COMMENT_MESSAGES.notText('comment'));
  }
  const value = toPlainText(input ?? '');
  if (value.length === 0) return problem('body', COMMENT_MESSAGES.bodyRequired);
  if (exceedsLength(value, MAX_COMMENT_LENGTH)) {
    return problem('body', COMMENT_MESSAGES.bodyTooLong(countCharacters(value)));
  }
  return { value };
};

export const checkAuthorName = (input: unknown): Outcome => {
  if (input !== undefined && input !== null && typeof input !== 'string') {
    return problem('authorName', COMMENT_MESSAGES.notText('name'));
  }
  // Names are shown on the page too: the same plain-text rule applies, on one line.
  const value = toPlainText(input ?? '').replace(/\s+/g, ' ');
  if (value.length === 0) return problem('authorName', COMMENT_MESSAGES.authorNameRequired);
  // The column is 255 characters; graphemes bound what a reader sees, code points what is stored.
  if (exceedsLength(value, MAX_AUTHOR_NAME_LENGTH) || [...value].length > 255) {
    return problem('authorName', COMMENT_MESSAGES.authorNameTooLong(MAX_AUTHOR_NAME_LENGTH));
  }
  return { value };
};

export const checkAuthorEmail = (input: unknown): Outcome => {
  if (input !== undefined && input !== null && typeof input !== 'string') {
    return problem('authorEmail', COMMENT_MESSAGES.notText('e-mail'));
  }
  const value = (input ?? '').trim();
  if (value.length === 0) return problem('authorEmail', COMMENT_MESSAGES.authorEmailRequired);
  if (!isEmailAddress(value)) {
    return problem('authorEmail', COMMENT_MESSAGES.authorEmailInvalid);
  }
  return { value: value.toLowerCase() };
};
