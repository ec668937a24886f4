import type { ModerationStatus } from '../screening';

/** The statuses a comment may have: anything else is refused on every write path. */
export const MODERATION_STATUSES: readonly ModerationStatus[] = ['pending', 'approved', 'rejected', 'spam'];

export const isModerationStatus = (value: unknown): value is ModerationStatus =>
  typeof value === 'string' && (MODERATION_STATUSES as readonly string[]).includes(value);

/** Readers see approved comments only (and only under visible parents: see services/thread.ts). */
export const VISIBLE_STATUS: ModerationStatus = 'approved';
export const isVisibleStatus = (status: ModerationStatus | null | undefined): boolean => status === VISIBLE_STATUS;
