/**
 * Whether an article takes comments now: editors can close it, and the newsroom can close every
 * article a number of days after it was first published (so a correction does not reopen it).
 */
export interface ClosingInput {
  commentsEnabled: boolean;
  firstPublishedAt: string | Date | null;
  publishedAt: string | Date;
  closeAfterDays: number | null;
  now?: Date;
}

const DAY = 24 * 60 * 60 * 1000;

export const commentsOpen = ({ commentsEnabled, firstPublishedAt, publishedAt, closeAfterDays, now = new Date() }: ClosingInput): boolean => {
  if (!commentsEnabled) return false;
  if (!closeAfterDays) return true;
  const since = new Date(firstPublishedAt ?? publishedAt).getTime();
  return now.getTime() < since + closeAfterDays * DAY;
};
