import { errors } from '@strapi/utils';
import { MAX_COMMENT_LENGTH } from './length';
import { checkAuthorEmail, checkAuthorName, checkBody, type FieldProblem } from './fields';
import { keepsAnArticle } from './article';
import { checkModerationStatus } from './status';
import { COMMENT_MESSAGES } from './messages';

export { MAX_COMMENT_LENGTH, MAX_COMMENT_CODE_POINTS, countCharacters, exceedsLength, truncateToLength } from './length';
export { toPlainText } from './plain-text';
export { COMMENT_MESSAGES } from './messages';
export type { FieldProblem } from './fields';

/** The fields a reader must fill in, in form order. */
export const REQUIRED_COMMENT_FIELDS = ['authorName', 'authorEmail', 'body'] as const;
type CommentField = (typeof REQUIRED_COMMENT_FIELDS)[number];

// The order of the rules is the order the form shows the fields, so the first message matches
// the first field a reader sees.
const FIELD_RULES: Record<CommentField, typeof checkBody> = {
  authorName: checkAuthorName,
  authorEmail: checkAuthorEmail,
  body: checkBody,
};

/** What the assembled article tells front-ends about the comment form. */
export const commentPolicy = (moderation: 'pre' | 'post') => ({
  maxLength: MAX_COMMENT_LENGTH,
  requiredFields: [...REQUIRED_COMMENT_FIELDS],
  moderation,
});

const problemAt = (field: string, message: string): FieldProblem => ({ path: [field], message, name: 'ValidationError' });

const fieldProblems = (data: Record<string, unknown>, mode: 'create' | 'update'): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  for (const field of REQUIRED_COMMENT_FIELDS) {
    if (mode === 'update' && !(field in data)) continue;
    const outcome = FIELD_RULES[field](data[field]);
    if ('problem' in outcome) problems.push(outcome.problem);
    else data[field] = outcome.value;
  }
  return problems;
};

const refuse = (problems: FieldProblem[]): void => {
  if (problems.length === 0) return;
  const message = problems.length === 1 ? problems[0].message : problems.map((p) => p.message).join(' ');
  throw new errors.ValidationError(message, { errors: problems });
};

/**
 * Checks and normalises the reader-written fields of a comment, in place.
 * `create`: every required field must be there. `update`: only the fields being written are
 * checked (a status change touches none of them), but a field written empty is refused.
 * Throws a ValidationError naming every field at fault; the caller writes nothing.
 */
export const enforceCommentFields = (data: Record<string, unknown>, mode: 'create' | 'update'): void =>
  refuse(fieldProblems(data, mode));

/**
 * The wall every comment write meets (the lifecycle hooks call it for REST, the admin panel, the
 * document service and strapi.db.query): the fields above, an article that stays linked, and a
 * moderation status that is one of the four.
 */
export const enforceCommentWrite = (data: Record<string, unknown>, mode: 'create' | 'update'): void => {
  const problems = fieldProblems(data, mode);
  if (!keepsAnArticle(data.article, mode)) problems.push(problemAt('article', COMMENT_MESSAGES.articleRequired));
  const status = checkModerationStatus(data.moderationStatus);
  if (status) problems.push(problemAt('moderationStatus', status));
  refuse(problems);
};
