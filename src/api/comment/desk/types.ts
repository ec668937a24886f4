/**
 * The moderation desk's answers: the contract between its admin API (src/api/comment/desk) and its
 * admin page (src/admin), which imports these types (`import type`). A change here is a change of
 * the contract: its commit message starts "desk contract:".
 */
export type DeskQueue = 'pending' | 'reported' | 'approved' | 'rejected' | 'spam';
export type QueueCounts = Record<DeskQueue, number>;
export type Standing = 'trusted' | 'blocked' | 'normal';

export interface DeskReason {
  kind: 'held-word' | 'blocked-word' | 'links' | 'pre-moderation' | 'blocked-author' | 'reports' | 'honeypot' | 'other';
  text: string;
  word?: string;
  links?: number;
}

export interface DeskTrailEntry {
  from: string | null;
  to: string;
  note: string | null;
  by: string;
  at: string;
}

export interface AuthorCounts {
  approved: number;
  rejected: number;
  spam: number;
  pending: number;
}

export interface DeskAuthor {
  email: string;
  name: string | null;
  standing: Standing;
  note: string | null;
  counts: AuthorCounts;
  changes: Array<{ standing: Standing; note: string | null; by: string; at: string }>;
}

export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';

export interface DeskCard {
  /** The comment's documentId. */
  id: string;
  status: CommentStatus;
  body: string;
  /** Of the body's text (its first strong character), for dir=. */
  direction: 'ltr' | 'rtl';
  authorName: string;
  authorEmail: string;
  /** ISO */
  createdAt: string;
  article: {
    documentId: string;
    title: string;
    slug: string;
    locale: string;
    section: { slug: string; name: string } | null;
    /** The reader page at #comment-<id>. */
    url: string;
  } | null;
  parent: { id: string; authorName: string; body: string; direction: 'ltr' | 'rtl'; status: string } | null;
  /** Why it is in this queue. */
  reasons: DeskReason[];
  reports: { count: number; open: Array<{ reason: string; note: string | null; at: string }> };
  author: { standing: Standing; counts: AuthorCounts };
  /** Oldest first. */
  trail: DeskTrailEntry[];
}

export interface DeskPage {
  data: DeskCard[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number }; counts: QueueCounts };
}

export type DeskAction = 'approve' | 'reject' | 'spam';

/** POST /newsroom/desk/comments/:id/decide */
export interface DeskDecision {
  id: string;
  status: CommentStatus;
  previous: CommentStatus;
}

/** POST /newsroom/desk/comments/bulk */
export interface DeskBulkResult {
  updated: number;
  status: CommentStatus;
  ids: string[];
  previous: Record<string, CommentStatus>;
  remaining: number;
}
