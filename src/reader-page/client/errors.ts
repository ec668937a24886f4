import { MAX_COMMENT_CODE_POINTS, MAX_COMMENT_LENGTH, countCharacters, exceedsLength } from '../../api/comment/rules/length';
import { toPlainText } from '../../api/comment/rules/plain-text';
import { MAX_AUTHOR_NAME_CODE_POINTS, MAX_AUTHOR_NAME_LENGTH } from '../../api/comment/rules/fields';
import type { ClientMessages, Words } from '../messages';

/**
 * The comment and reaction APIs refuse in English (their messages are the API's contract); the
 * page says the same in its own language. The refusal is read by what the API gives to be read:
 * the status, the error's name and the field it names (details.errors[].path); which of a
 * field's rules was broken follows from what the reader sent, by the server's own rule modules.
 * Pure, so the table of cases is a unit test (client/__tests__/errors.test.ts).
 */
export interface ApiError {
  error?: {
    status?: number;
    name?: string;
    message?: string;
    details?: { errors?: Array<{ path?: Array<string | number>; message?: string }>; retryAfter?: number };
  };
}

export type ClientWords = Words<ClientMessages>;

export const FORM_FIELDS = ['authorName', 'authorEmail', 'body'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type Sent = Record<FormField, string>;

/** What the page shows: messages next to fields, else one for the whole form. */
export interface Refusal {
  fields: Array<{ field: FormField; message: string }>;
  message: string | null;
}

const isFormField = (name: unknown): name is FormField => typeof name === 'string' && (FORM_FIELDS as readonly string[]).includes(name);

/** Which of a field's rules (api/comment/rules/fields.ts) what the reader sent breaks, in the page's words. */
export const fieldMessage = (field: FormField, value: string, t: ClientWords): string => {
  const { m } = t;
  const text = toPlainText(value);
  switch (field) {
    case 'body':
      if (text.length === 0) return m.errorBodyRequired;
      if (exceedsLength(text, MAX_COMMENT_LENGTH)) return t.fill(m.errorBodyTooLong, { length: countCharacters(text), max: MAX_COMMENT_LENGTH });
      return t.fill(m.errorBodyTooLongInMarks, { max: MAX_COMMENT_CODE_POINTS });
    case 'authorName': {
      const name = text.replace(/\s+/g, ' ').trim();
      if (name.length === 0) return m.errorNameRequired;
      if (exceedsLength(name, MAX_AUTHOR_NAME_LENGTH)) return t.fill(m.errorNameTooLong, { max: MAX_AUTHOR_NAME_LENGTH });
      return t.fill(m.errorNameTooLongInMarks, { max: MAX_AUTHOR_NAME_CODE_POINTS });
    }
    case 'authorEmail':
      return value.trim().length === 0 ? m.errorEmailRequired : m.errorEmailInvalid;
  }
};

/** Refusals every write of the page can meet: too many, gone, closed. Null when it is none of them. */
const commonRefusal = (status: number, body: ApiError | null, t: ClientWords): string | null => {
  if (status === 429) return t.count(t.m.errorTooMany, body?.error?.details?.retryAfter ?? 60);
  if (status === 404) return t.m.errorNoArticle;
  if (status === 403) return t.m.closed;
  return null;
};

export const commentRefusal = (status: number, body: ApiError | null, sent: Sent, t: ClientWords): Refusal => {
  const common = commonRefusal(status, body, t);
  if (common) return { fields: [], message: common };
  // The same comment twice: said next to the comment.
  if (status === 409) return { fields: [{ field: 'body', message: t.m.errorDuplicate }], message: null };
  if (status === 400) {
    const named = (body?.error?.details?.errors ?? []).map((problem) => problem.path?.[0]);
    const fields = [...new Set(named.filter(isFormField))].map((field) => ({ field, message: fieldMessage(field, sent[field], t) }));
    if (fields.length) return { fields, message: null };
    if (named.includes('parent')) return { fields: [], message: t.m.errorParent };
  }
  return { fields: [], message: t.m.commentFailed };
};

export const reactionRefusal = (status: number, body: ApiError | null, t: ClientWords): string => commonRefusal(status, body, t) ?? t.m.reactionFailed;
