import type { NoteType } from '../../api/article/corrections/notes';

/**
 * The shape of the reader pages' message catalogue: every language (en.ts, fa.ts, ps.ts, ur.ts)
 * is a `Catalogue`, so a missing word is a type error. Messages are data, not functions, so the
 * page can hand its script the words it needs as JSON: `{name}`-style placeholders are filled by
 * words.ts, counts choose their form with Intl.PluralRules, numbers and dates come from Intl.
 */

/** A message about a number: a form per plural category of the language (Intl.PluralRules); `other` always. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * How a date and time reads: the order and the words around the parts are the language's;
 * the parts (weekday, day, month, year, hour, minute, second) are Intl's for the page's locale,
 * its digits and calendar included (fa-AF: Persian digits, the solar hijri calendar).
 */
export interface DatePattern {
  pattern: string;
  weekday: 'short' | 'long';
  month: 'short' | 'long';
  day: 'numeric' | '2-digit';
}

export interface Catalogue {
  dateTime: DatePattern;
  /** Between the names of a byline: ", " or "، ". */
  listSeparator: string;

  // The article
  by: string;
  skipToArticle: string;
  related: string;
  otherLanguages: string;

  // "Do you like this article?"
  likeQuestion: string;
  like: string;
  dislike: string;
  reactionSaved: string;
  reactionFailed: string;

  // Comments: the list
  /** {count}: the comment count, drawn inside its own element. */
  commentsTitle: PluralForms;
  /** {name} */
  commentBy: string;
  reply: string;
  /** {name} */
  replyingTo: string;
  replyingToAComment: string;
  cancelReply: string;
  moreComments: string;
  noComments: string;
  closed: string;

  // Comments: the form
  leaveComment: string;
  policy: string;
  policyText: string;
  requiredNote: string;
  name: string;
  email: string;
  comment: string;
  /** The hidden honeypot field's label (people never see it). */
  website: string;
  submit: string;
  /** {remaining} {max}: characters left of the limit. */
  counter: string;
  commentPublished: string;
  commentAwaiting: string;
  commentFailed: string;
  commentNotSent: string;
  checkField: string;

  // The comment API's refusals, by error name and field (client/errors.ts); the API's own messages are English.
  errorBodyRequired: string;
  /** {length} {max} */
  errorBodyTooLong: string;
  /** {max} */
  errorBodyTooLongInMarks: string;
  errorNameRequired: string;
  /** {max} */
  errorNameTooLong: string;
  /** {max} */
  errorNameTooLongInMarks: string;
  errorEmailRequired: string;
  errorEmailInvalid: string;
  errorDuplicate: string;
  errorParent: string;
  errorNoArticle: string;
  /** {count}: seconds to wait. */
  errorTooMany: PluralForms;

  // Corrections and updates
  noteTypes: Record<NoteType, string>;
  /** {time}: the time element of the latest correction. */
  correctedOn: string;
  seeCorrections: string;
  correctionsTitle: string;

  // The pages around the article: fronts, sections, authors, tags
  home: string;
  sections: string;
  breadcrumb: string;
  skipToStories: string;
  /** {site}: the home front's feed, described */
  latestFrom: string;
  topStories: string;
  latest: string;
  inThisSection: string;
  /** {name} */
  articlesBy: string;
  pages: string;
  olderStories: string;
  newestStories: string;
  noStories: string;
  /** {count} */
  teaserComments: PluralForms;

  // Pages that cannot be
  notFound: string;
  articleNotFound: string;
  noPageHere: string;
  noArticleHere: string;
  badRequest: string;
  startAgain: string;

  // The preview of a draft (src/preview)
  previewBand: string;
  previewNote: string;
}
