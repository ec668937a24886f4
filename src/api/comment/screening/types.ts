export type ModerationStatus = 'pending' | 'approved' | 'rejected' | 'spam';
/** A commenter's standing by e-mail, set in the moderation desk (api::commenter.standing). */
export type Standing = 'trusted' | 'blocked' | 'normal';

/** What the screening rules read: the comment as it will be stored, and the rules in force. */
export interface ScreeningInput {
  body: string;
  authorName: string;
  /** Lower-cased, as stored. */
  authorEmail: string;
  /** The author's standing by e-mail: blocked goes to spam, trusted skips pre-moderation. */
  standing: Standing;
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
  /** The listed word that decided (word lists). */
  word?: string;
  /** How many links the comment has (the links rule). */
  links?: number;
}

/** Why a comment was screened as it was, kept on the comment (its private `screening` attribute) for the desk. */
export const screeningRecord = (verdict: Verdict): { rule: string; word?: string; links?: number } => ({
  rule: verdict.rule,
  ...(verdict.word !== undefined ? { word: verdict.word } : {}),
  ...(verdict.links !== undefined ? { links: verdict.links } : {}),
});

/** A rule decides, or passes (null) to the next one. */
export type ScreeningRule = (input: ScreeningInput) => Verdict | null;
