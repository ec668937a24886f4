/**
 * The schedule's rules on an article version's times, pure (no imports): the write hooks
 * (./write-rules.ts), the scheduler (./scheduler.ts) and their tests share them.
 *
 * - `unpublishAt` must be after `publishAt` when both are set;
 * - `publishAt` before `embargoUntil` is refused (it could only be refused again when due);
 * - a `publishAt` or `unpublishAt` already past is accepted: it is due, and the next tick acts on it;
 * - nothing is published while `embargoUntil` is in the future.
 */

/** The article's fields about when it goes out, and the scheduler's record of trying: not content (a restored version keeps today's). */
export const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt', 'embargoUntil', 'scheduleAttempts', 'scheduleProblem'] as const;

export interface ScheduleTimes {
  publishAt?: unknown;
  unpublishAt?: unknown;
  embargoUntil?: unknown;
}

export interface ScheduleProblem {
  field: 'publishAt' | 'unpublishAt' | 'embargoUntil';
  message: string;
  detail: string;
}

/** A stored or written time as a Date; null for none (or what is no time: Strapi's own validation answers that). */
export const timeOf = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** ISO 8601 in UTC, to the second: what messages name. */
export const utc = (date: Date): string => `${date.toISOString().replace(/\.\d{3}Z$/, 'Z')}`;

export const MESSAGES = {
  unpublishBeforePublish: (publishAt: Date) => `Unpublish at must be after Publish at (${utc(publishAt)}).`,
  publishBeforeEmbargo: (embargo: Date) =>
    `Publish at is before the embargo: this story may not be published before ${utc(embargo)} (UTC). Choose a later time.`,
  embargoed: (embargo: Date) => `This story is embargoed until ${utc(embargo)} (UTC) and cannot be published before then.`,
  liveStory: (embargo: Date) =>
    `This story is already published in this language: unpublish it first, then set the embargo (until ${utc(embargo)} UTC).`,
};

/** What is wrong with a version's times, or null. */
export const timesProblem = ({ publishAt, unpublishAt, embargoUntil }: ScheduleTimes): ScheduleProblem | null => {
  const publish = timeOf(publishAt);
  const unpublish = timeOf(unpublishAt);
  const embargo = timeOf(embargoUntil);
  if (publish && unpublish && unpublish.getTime() <= publish.getTime()) {
    const message = MESSAGES.unpublishBeforePublish(publish);
    return { field: 'unpublishAt', message, detail: message };
  }
  if (publish && embargo && publish.getTime() < embargo.getTime()) {
    const message = MESSAGES.publishBeforeEmbargo(embargo);
    return { field: 'publishAt', message, detail: message };
  }
  return null;
};

/** The embargo in force at `now`, or null: a version carrying it may not be published. */
export const embargoInForce = (embargoUntil: unknown, now: Date = new Date()): Date | null => {
  const embargo = timeOf(embargoUntil);
  return embargo && embargo.getTime() > now.getTime() ? embargo : null;
};

/** Whether a time is due at `now` (set and not in the future). */
export const isDue = (value: unknown, now: Date = new Date()): boolean => {
  const time = timeOf(value);
  return time !== null && time.getTime() <= now.getTime();
};
