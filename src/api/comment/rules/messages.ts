import { MAX_COMMENT_LENGTH } from './length';

/** Every message a comment writer can meet, in one place, phrased so the reader can act on it. */
export const COMMENT_MESSAGES = {
  bodyRequired: 'Please write your comment: the comment field is required.',
  bodyTooLong: (length: number) =>
    `Your comment is ${length.toLocaleString('en')} characters long; the limit is ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`,
  bodyTooLongInMarks: (max: number) =>
    `Your comment is too long to store: with its accents and marks it has more than ${max.toLocaleString('en')} symbols. Please shorten it.`,
  authorNameRequired: 'Please give your name: the name field is required.',
  authorNameTooLong: (max: number) => `Your name can be at most ${max} characters long.`,
  authorNameTooLongInMarks: (max: number) =>
    `Your name is too long to store: with its accents and marks it has more than ${max} symbols.`,
  authorEmailRequired: 'Please give your e-mail address: the e-mail field is required.',
  authorEmailInvalid: 'Please give a valid e-mail address, such as name@example.org.',
  notText: (field: string) => `The ${field} field must be text.`,
  articleRequired: 'A comment belongs to an article: the article field is required.',
  // Reader submission
  noArticle: (slug: string) => `No published article "${slug}".`,
  closed: 'Comments are closed on this article.',
  duplicate: 'You have already posted this comment on this article. It will not be posted twice.',
  parentInvalid: 'A reply must answer a published comment on the same article.',
  tooDeep: (depth: number) => `Replies can nest ${depth} levels deep at most: reply to a comment higher up the thread.`,
} as const;
