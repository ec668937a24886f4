import type { PublishedArticle } from '../../article/services/lookup';
import type { CommentRulesInForce } from '../../comment-setting/services/rules-in-force';
import type { ModerationStatus, Standing, Verdict } from '../screening';
import type { Step } from './runner';

/** A reader's comment on its way in: what they sent, and what the checks have learnt so far. */
export interface CommentCandidate {
  input: { authorName: unknown; authorEmail: unknown; body: unknown; parent?: unknown; honeypot?: unknown };
  slug: string;
  /** The published article, or null when there is none (the first check refuses it). */
  article: PublishedArticle | null;
  rules: CommentRulesInForce;
  maxDepth: number;
  duplicateWindowMinutes: number;
  now: Date;
  /** Set by the fields check: the fields as they will be stored. */
  fields?: { authorName: string; authorEmail: string; body: string };
  /** Set by the reply check: the parent's row id, or null for a top-level comment. */
  parentId?: number | null;
  /** Set by the standing step: the author's standing by e-mail. */
  standing?: Standing;
}

/** The comment a reply answers, and the statuses of it and its ancestors, nearest first. */
export interface ReplyTarget {
  id: number;
  chain: Array<ModerationStatus | null>;
}

/** What the checks may ask the database, so that each check stays a function of its input. */
export interface CommentLookups {
  /** The comment `documentId` on the article, with its ancestors (at most `maxDepth + 1` levels). */
  replyTarget(article: PublishedArticle, documentId: string, maxDepth: number): Promise<ReplyTarget | null>;
  /** Whether the same e-mail posted the same text on the article since `since`. */
  isRepeat(article: PublishedArticle, authorEmail: string, body: string, since: Date): Promise<boolean>;
  /** The author's standing by e-mail (one query). */
  standing(authorEmail: string): Promise<Standing>;
}

export type CommentStep = Step<CommentCandidate, Verdict, CommentLookups>;
