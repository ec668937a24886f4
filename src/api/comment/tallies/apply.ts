import type { Knex } from 'knex';
import type { DiscussionSchema } from './schema';

/** What one write changes in the figures of each discussion it touches. */
export interface TallyDelta {
  comments?: number;
  likes?: number;
  dislikes?: number;
}
export type TallyDeltas = Map<string, TallyDelta>;

export const addDelta = (deltas: TallyDeltas, discussion: string | null | undefined, delta: TallyDelta): void => {
  if (!discussion) return;
  const current = deltas.get(discussion) ?? {};
  deltas.set(discussion, {
    comments: (current.comments ?? 0) + (delta.comments ?? 0),
    likes: (current.likes ?? 0) + (delta.likes ?? 0),
    dislikes: (current.dislikes ?? 0) + (delta.dislikes ?? 0),
  });
};

/**
 * Moves the figures by the deltas, in the write's transaction, as one atomic statement per
 * discussion: `likes = likes + 1` is computed by the database under its row lock, so concurrent
 * votes never read the same old figure and lose one.
 */
export const applyDeltas = async (db: Knex | Knex.Transaction, s: DiscussionSchema, deltas: TallyDeltas): Promise<void> => {
  for (const [discussion, delta] of [...deltas].sort(([a], [b]) => a.localeCompare(b))) {
    const { comments = 0, likes = 0, dislikes = 0 } = delta;
    if (!comments && !likes && !dislikes) continue;
    await db.raw(
      `INSERT INTO ${s.tallies} AS t (discussion, comments, likes, dislikes) VALUES (?, ?, ?, ?)
       ON CONFLICT (discussion) DO UPDATE SET comments = t.comments + excluded.comments,
         likes = t.likes + excluded.likes, dislikes = t.dislikes + excluded.dislikes`,
      [discussion, comments, likes, dislikes]
    );
  }
};

/**
 * Moderation changes a whole thread's visibility, read before and after the write: on PostgreSQL
 * the tally rows are locked first, so two decisions in one discussion are counted one after the
 * other and neither reads the thread as it was before the other. (SQLite has one writer.)
 */
export const lockDiscussions = async (db: Knex.Transaction, s: DiscussionSchema, discussions: string[]): Promise<void> => {
  if (s.client !== 'postgres' || discussions.length === 0) return;
  const keys = [...new Set(discussions)].sort();
  await db.raw(
    `INSERT INTO ${s.tallies} (discussion) SELECT unnest(?::varchar[]) ON CONFLICT (discussion) DO NOTHING`,
    [keys]
  );
  await db.raw(`SELECT discussion FROM ${s.tallies} WHERE discussion = ANY(?::varchar[]) ORDER BY discussion FOR UPDATE`, [keys]);
};
