import type { ScreeningRule } from './types';

/** The last rule always decides: pre-moderation waits for a person, post-moderation shows at once. */
export const moderationMode: ScreeningRule = ({ moderation }) =>
  moderation === 'post'
    ? { status: 'approved', rule: 'post-moderation', reason: 'Post-moderation: shown at once.' }
    : { status: 'pending', rule: 'pre-moderation', reason: 'Pre-moderation: waits for a moderator.' };
