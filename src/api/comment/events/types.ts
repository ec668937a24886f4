import type { ModerationStatus } from '../screening';

/**
 * The one domain event of the discussion under an article: every comment or reaction write, by
 * any path (REST, admin panel, document service, strapi.db.query), announces itself once, after
 * its transaction commits. Listeners (page cache, moderator e-mail, counters) read what changed
 * from it and never re-derive visibility or parse ballots.
 */
export const DISCUSSION_CHANGED = 'newsroom.discussion.changed';

export interface ArticleRef {
  documentId: string;
  locale: string;
}

/** A value before and after the write; null when the row did not exist (created, deleted). */
export interface Change<T> {
  before: T | null;
  after: T | null;
}

export interface CommentChange {
  id: number;
  documentId: string;
  /** The article the comment belongs to (after the write, or before a deletion). */
  article: ArticleRef | null;
  /** The article before the write, when an update moved the comment to another one. */
  articleBefore?: ArticleRef | null;
  status: Change<ModerationStatus>;
  /** Whether readers saw the comment itself (approved); its thread's visibility is thread.ts's. */
  visible: { before: boolean; after: boolean };
}

export interface ReactionChange {
  id: number;
  article: ArticleRef | null;
  value: Change<'like' | 'dislike'>;
}

export type WriteAction = 'create' | 'update' | 'delete';

export type DiscussionChanged =
  | { subject: 'comment'; action: WriteAction; comments: CommentChange[] }
  | { subject: 'reaction'; action: WriteAction; reactions: ReactionChange[] };
