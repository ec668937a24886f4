import { countCharacters, exceedsCodePoints, exceedsLength, MAX_COMMENT_CODE_POINTS, MAX_COMMENT_LENGTH } from './length';
import { toPlainText } from './plain-text';
import { withoutDirectionControls } from './direction';
import { COMMENT_MESSAGES } from './messages';
import { isEmailAddress } from '../../../validation/email';

/** One problem with one field, in the shape Strapi uses for validation details. */
export interface FieldProblem {
  path: string[];
  message: string;
  name: 'ValidationError';
}

export const MAX_AUTHOR_NAME_LENGTH = 80;
// The column is 255 characters; graphemes bound what a reader sees, code points what is stored.
export const MAX_AUTHOR_NAME_CODE_POINTS = 255;

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
  if (exceedsCodePoints(value, MAX_COMMENT_CODE_POINTS)) return problem('body', COMMENT_MESSAGES.bodyTooLongInMarks(MAX_COMMENT_CODE_POINTS));
  if (exceedsLength(value, MAX_COMMENT_LENGTH)) {
    return problem('body', COMMENT_MESSAGES.bodyTooLong(countCharacters(value)));
  }
  return { value };
};

export const checkAuthorName = (input: unknown): Outcome => {
  if (input !== undefined && input !== null && typeof input !== 'string') {
    return problem('authorName', COMMENT_MESSAGES.notText('name'));
  }
  // Names are shown on the page too: the same plain-text rule applies, on one line, and no
  // direction control may make one name display as another.
  const value = withoutDirectionControls(toPlainText(input ?? '')).replace(/\s+/g, ' ').trim();
  if (value.length === 0) return problem('authorName', COMMENT_MESSAGES.authorNameRequired);
  if (exceedsCodePoints(value, MAX_AUTHOR_NAME_CODE_POINTS)) {
    return problem('authorName', COMMENT_MESSAGES.authorNameTooLongInMarks(MAX_AUTHOR_NAME_CODE_POINTS));
  }
  if (exceedsLength(value, MAX_AUTHOR_NAME_LENGTH)) {
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
