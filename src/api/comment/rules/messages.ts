import { MAX_COMMENT_LENGTH } from './length';

/** Every message a comment writer can meet, in one place, phrased so the reader can act on it. */
export const COMMENT_MESSAGES = {
  bodyRequired: 'Please write your comment: the comment field is required.',
  bodyTooLong: (length: number) =>
    `Your comment is ${length.toLocaleString('en')} characters long; the limit is ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`,
  authorNameRequired: 'Please give your name: the name field is required.',
  authorNameTooLong: (max: number) => `Your name can be at most ${max} characters long.`,
  authorEmailRequired: 'Please give your e-mail address: the e-mail field is required.',
  authorEmailInvalid: 'Please give a valid e-mail address, such as name@example.org.',
  notText: (field: string) => `The ${field} field must be text.`,
} as const;
