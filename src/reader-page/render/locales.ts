/** Languages written right to left among those the newsroom publishes in. */
const RTL = new Set(['fa', 'ps', 'ur', 'ar', 'he']);

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr');

/** The reader page's own words. English for now; the article text is in the article's language. */
export const PAGE_TEXT = {
  by: 'By',
  likeQuestion: 'Do you like this article?',
  like: 'Like',
  dislike: 'Dislike',
  comments: (n: number) => `${n} Comment(s)`,
  reply: 'Reply',
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
} as const;
