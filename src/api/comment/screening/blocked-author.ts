import type { ScreeningRule } from './types';

/** A blocked e-mail (set in the moderation desk) is spam, answered like any other submission. */
export const blockedAuthor: ScreeningRule = ({ standing, authorEmail }) =>
  standing === 'blocked' ? { status: 'spam', rule: 'blocked-author', reason: `Spam: the e-mail ${authorEmail} is blocked.` } : null;
