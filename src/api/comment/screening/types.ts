export type ModerationStatus = 'pending' | 'approved' | 'rejected' | 'spam';

/** What the screening rules read: the comment as it will be stored, and the rules in force. */
export interface ScreeningInput {
  body: string;
  authorName: string;
  /** The hidden form field a person never fills in. */
  honeypotFilled: boolean;
  moderation: 'pre' | 'post';
  holdWords: string[];
  blockWords: string[];
  maxLinks: number;
}

/** A rule's decision: the status the comment gets and why, in words a moderator reads. */
export interface Verdict {
  status: ModerationStatus;
  reason: string;
  rule: string;
}

/** A rule decides, or passes (null) to the next one. */
export type ScreeningRule = (input: ScreeningInput) => Verdict | null;
