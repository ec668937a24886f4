/** Languages written right to left among those the newsroom publishes in. */
const RTL = new Set(['fa', 'ps', 'ur', 'ar', 'he']);

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr');

/** Each language by its own name, for the links between an article's versions. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', 'fa-AF': 'دری', ps: 'پښتو', ur: 'اردو' };
export const languageName = (locale: string): string => LANGUAGE_NAMES[locale] ?? locale;

/**
 * The reader page's own words, for the server's HTML and the page's script alike. English for
 * now; the article text is in the article's language.
 */
export const PAGE_TEXT = {
  by: 'By',
  likeQuestion: 'Do you like this article?',
  like: 'Like',
  dislike: 'Dislike',
  comments: (n: number) => `${n} Comment(s)`,
  commentsLabel: 'Comment(s)',
  commentBy: (name: string) => `Comment by ${name}`,
  reply: 'Reply',
  replyingTo: (name: string | undefined) => `Replying to ${name ?? 'a comment'}.`,
  cancelReply: 'Cancel reply',
  moreComments: 'Show more comments',
  leaveComment: 'Leave a comment',
  policy: 'Comment Policy',
  policyText: 'Comments are read by a moderator before they are published. Be civil and stay on topic; plain text only.',
  requiredNote: 'Denotes required field',
  name: 'Name',
  email: 'E-mail (never published)',
  comment: 'Comment',
  submit: 'Post comment',
  closed: 'Comments are closed on this article.',
  noComments: 'No comments yet.',
  reactionSaved: 'Thank you for your answer.',
  reactionFailed: 'Your answer could not be saved. Please try again.',
  commentPublished: 'Thank you: your comment is published. Reload the page to see it.',
  commentAwaiting: 'Thank you: your comment is awaiting moderation. It will appear once a moderator approves it.',
  commentFailed: 'Your comment could not be posted. Please try again.',
  commentNotSent: 'Your comment could not be sent: check your connection and try again.',
  checkField: 'Please check this field.',
  // The pages around the article: the fronts, an author's and a tag's lists.
  home: 'Home',
  sections: 'Sections',
  breadcrumb: 'Breadcrumb',
  skipToStories: 'Skip to the stories',
  topStories: 'Top stories',
  latest: 'Latest',
  inThisSection: 'In this section',
  articlesBy: (name: string) => `Articles by ${name}`,
  related: 'Related',
  otherLanguages: 'This article in other languages',
  // Corrections and updates (corrections.ts).
  correctedOn: 'This article was corrected on',
  seeCorrections: 'See the correction',
  correctionsTitle: 'Corrections and updates',
  pages: 'More pages',
  olderStories: 'Older stories',
  newestStories: 'Back to the newest stories',
  noStories: 'No stories yet.',
  teaserComments: (n: number) => (n === 1 ? '1 comment' : `${n} comments`),
  notFound: 'Page not found',
  previewBand: 'Preview — not published',
  previewNote: 'Readers cannot see this version yet. Reactions and comments open once it is published.',
  previewRefused: 'This preview cannot be shown',
  badRequest: 'This address is not valid',
} as const;
