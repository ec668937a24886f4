import { isModerationStatus, MODERATION_STATUSES } from '../events/visibility';

/**
 * The moderation status column holds one of four words; any other value (an action name, an
 * object's inherited key) is refused on every write path, so no comment falls out of every queue.
 */
export const checkModerationStatus = (value: unknown): string | null =>
  value === undefined || isModerationStatus(value) ? null : `The moderation status must be one of ${MODERATION_STATUSES.join(', ')}.`;
