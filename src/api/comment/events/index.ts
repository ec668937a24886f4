export * from './types';
export { emitAfterCommit } from './emit';
export { isModerationStatus, isVisibleStatus, MODERATION_STATUSES } from './visibility';
export { commentChanges, reactionChanges, snapshotComments, snapshotReactions, type CommentSnapshot, type ReactionSnapshot } from './snapshots';
