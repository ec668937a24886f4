import { duplicateComment } from '../errors';
import type { CommentStep } from './types';

/** The same comment from the same e-mail on the same article within the window is refused. */
export const notRepeated: CommentStep = async ({ article, fields, now, duplicateWindowMinutes }, lookups) => {
  if (!article || !fields) return null;
  const since = new Date(now.getTime() - duplicateWindowMinutes * 60 * 1000);
  return (await lookups.isRepeat(article, fields.authorEmail, fields.body, since)) ? { refuse: duplicateComment() } : null;
};
