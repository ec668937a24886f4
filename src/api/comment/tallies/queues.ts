import type { Knex } from 'knex';
import { MODERATION_STATUSES } from '../events/visibility';
import { rowsOf, type DiscussionSchema } from './schema';

export { DISCUSSION_QUEUE_TABLE, QUEUE_TABLE } from './schema';

/**
 * The moderation queues' sizes (pending, approved, rejected, spam, and reported: open reports),
 * kept like the discussion figures rather than counted per request: counting 60,000 pending
 * comments on every queue page grew with the archive. Each queue is spread over STRIPES rows
 * (by comment id) so that concurrent writes seldom wait on one row; a size is the sum of its rows.
 * The same sizes are kept per discussion (one row per discussion and queue: its writes already
 * take turns on the discussion's tally), so the desk's counts for one story are a few rows, not a
 * count of its 200,000 comments.
 */
type Db = Knex | Knex.Transaction;

export const STRIPES = 16;
export const QUEUE_NAMES = [...MODERATION_STATUSES, 'reported'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
export type QueueSizes = Record<QueueName, number>;

/** Which queues each comment is in now, and its discussion. */
export interface QueueMembership {
  id: number;
  discussion: string | null;
  queues: QueueName[];
}

export const queuesOf = async (db: Db, s: DiscussionSchema, ids: number[], options: { lock?: boolean } = {}): Promise<QueueMembership[]> => {
  if (ids.length === 0) return [];
  // Locked on PostgreSQL before a change is read: two reports on one comment are then counted in turn.
  const lock = options.lock && s.client === 'postgres' ? ' FOR UPDATE' : '';
  const rows = rowsOf<{ id: number | string; discussion: string | null; status: string | null; reports: number | string | null }>(
    await db.raw(
      `SELECT id, ${s.col.discussion} AS discussion, ${s.col.status} AS status, ${s.col.reportCount} AS reports FROM ${s.comments}
        WHERE id IN (${ids.map(() => '?').join(', ')})${lock}`,
      ids
    )
  );
  return rows.map((row) => ({
    id: Number(row.id),
    discussion: row.discussion,
    queues: [
      ...((MODERATION_STATUSES as readonly string[]).includes(row.status ?? '') ? [row.status as QueueName] : []),
      ...(Number(row.reports ?? 0) > 0 ? (['reported'] as QueueName[]) : []),
    ],
  }));
};

const noSizes = (): QueueSizes => Object.fromEntries(QUEUE_NAMES.map((queue) => [queue, 0])) as QueueSizes;

/** The sizes from a `SELECT queue, SUM(comments) AS n … GROUP BY queue` answer; a queue without rows is 0. */
const sizesOf = (answer: unknown): QueueSizes => {
  const sizes = noSizes();
  for (const row of rowsOf<{ queue: QueueName; n: number | string }>(answer)) if (row.queue in sizes) sizes[row.queue] = Number(row.n);
  return sizes;
};

/** Changes to the queue sizes of discussions, by discussion and queue. */
export type DiscussionMoves = Map<string, { discussion: string; queue: QueueName; n: number }>;

export const addMove = (moves: DiscussionMoves, discussion: string | null, queue: QueueName, n: number): void => {
  if (!discussion) return;
  const key = `${discussion}\u0000${queue}`;
  const move = moves.get(key) ?? { discussion, queue, n: 0 };
  move.n += n;
  moves.set(key, move);
};

/** Applies the discussions' moves, in a fixed order (two writes never wait on each other's rows crosswise). */
export const applyDiscussionMoves = async (db: Db, s: DiscussionSchema, moves: DiscussionMoves): Promise<void> => {
  const sorted = [...moves.values()].filter((m) => m.n !== 0).sort((a, b) => a.discussion.localeCompare(b.discussion) || a.queue.localeCompare(b.queue));
  for (const { discussion, queue, n } of sorted) {
    await db.raw(
      `INSERT INTO ${s.discussionQueues} AS t (discussion, queue, comments) VALUES (?, ?, ?)
       ON CONFLICT (discussion, queue) DO UPDATE SET comments = t.comments + excluded.comments`,
      [discussion, queue, n]
    );
  }
};

/** Moves the queue sizes from what the comments were in (`before`) to what they are in (`after`), overall and per discussion. */
export const moveQueues = async (db: Db, s: DiscussionSchema, before: QueueMembership[], after: QueueMembership[]): Promise<void> => {
  const deltas = new Map<string, { queue: QueueName; stripe: number; n: number }>();
  const moves: DiscussionMoves = new Map();
  const add = (membership: QueueMembership, sign: 1 | -1) => {
    const stripe = membership.id % STRIPES;
    for (const queue of membership.queues) {
      const key = `${queue}:${stripe}`;
      const delta = deltas.get(key) ?? { queue, stripe, n: 0 };
      delta.n += sign;
      deltas.set(key, delta);
      addMove(moves, membership.discussion, queue, sign);
    }
  };
  before.forEach((m) => add(m, -1));
  after.forEach((m) => add(m, 1));
  // In a fixed order, so two writes never wait on each other's rows crosswise.
  for (const { queue, stripe, n } of [...deltas.values()].sort((a, b) => a.queue.localeCompare(b.queue) || a.stripe - b.stripe)) {
    if (n === 0) continue;
    await db.raw(
      `INSERT INTO ${s.queues} AS t (queue, stripe, comments) VALUES (?, ?, ?)
       ON CONFLICT (queue, stripe) DO UPDATE SET comments = t.comments + excluded.comments`,
      [queue, stripe, n]
    );
  }
  await applyDiscussionMoves(db, s, moves);
};

/** The queue sizes of these discussions together (the desk's counts for a story, a section, a language). */
export const readDiscussionQueueSizes = async (db: Db, s: DiscussionSchema, discussions: { sql: string; bindings: Array<string | number> }): Promise<QueueSizes> => {
  return sizesOf(
    await db.raw(`SELECT queue, SUM(comments) AS n FROM ${s.discussionQueues} WHERE discussion IN (${discussions.sql}) GROUP BY queue`, discussions.bindings)
  );
};

export const readQueueSizes = async (db: Db, s: DiscussionSchema): Promise<QueueSizes> => {
  return sizesOf(await db.raw(`SELECT queue, SUM(comments) AS n FROM ${s.queues} GROUP BY queue`));
};

/** `npm run recount`: the queue sizes from the comments themselves; rewritten only when one differs. */
export const recountQueues = async (db: Db, s: DiscussionSchema): Promise<Array<{ queue: QueueName; before: number; after: number }>> => {
  const c = s.col;
  const counted = rowsOf<{ queue: string; stripe: number | string; n: number | string }>(
    await db.raw(
      `SELECT ${c.status} AS queue, id % ${STRIPES} AS stripe, COUNT(*) AS n FROM ${s.comments} GROUP BY ${c.status}, id % ${STRIPES}
       UNION ALL
       SELECT 'reported', id % ${STRIPES}, COUNT(*) FROM ${s.comments} WHERE ${c.reportCount} > 0 GROUP BY id % ${STRIPES}`
    )
  ).filter((row) => (QUEUE_NAMES as readonly string[]).includes(row.queue));
  const before = await readQueueSizes(db, s);
  const after = noSizes();
  for (const row of counted) after[row.queue as QueueName] += Number(row.n);
  const fixes = QUEUE_NAMES.filter((queue) => before[queue] !== after[queue]).map((queue) => ({ queue, before: before[queue], after: after[queue] }));
  if (fixes.length > 0) {
    await db.raw(`DELETE FROM ${s.queues}`);
    for (const row of counted) {
      await db.raw(`INSERT INTO ${s.queues} (queue, stripe, comments) VALUES (?, ?, ?)`, [row.queue, Number(row.stripe), Number(row.n)]);
    }
  }
  return fixes;
};

/** `npm run recount`: each discussion's queue sizes from the comments; answers how many (discussion, queue) sizes were wrong. */
export const recountDiscussionQueues = async (db: Db, s: DiscussionSchema): Promise<number> => {
  const c = s.col;
  const counted = rowsOf<{ discussion: string; queue: string; n: number | string }>(
    await db.raw(
      `SELECT ${c.discussion} AS discussion, ${c.status} AS queue, COUNT(*) AS n FROM ${s.comments}
        WHERE ${c.discussion} IS NOT NULL AND ${c.status} IS NOT NULL GROUP BY ${c.discussion}, ${c.status}
       UNION ALL
       SELECT ${c.discussion}, 'reported', COUNT(*) FROM ${s.comments} WHERE ${c.discussion} IS NOT NULL AND ${c.reportCount} > 0 GROUP BY ${c.discussion}`
    )
  ).filter((row) => (QUEUE_NAMES as readonly string[]).includes(row.queue));
  const kept = rowsOf<{ discussion: string; queue: string; n: number | string }>(
    await db.raw(`SELECT discussion, queue, comments AS n FROM ${s.discussionQueues} WHERE comments <> 0`)
  );
  const key = (row: { discussion: string; queue: string }) => `${row.discussion}\u0000${row.queue}`;
  const want = new Map(counted.map((row) => [key(row), Number(row.n)]));
  const have = new Map(kept.map((row) => [key(row), Number(row.n)]));
  const wrong = [...new Set([...want.keys(), ...have.keys()])].filter((k) => (want.get(k) ?? 0) !== (have.get(k) ?? 0)).length;
  if (wrong > 0) {
    await db.raw(`DELETE FROM ${s.discussionQueues}`);
    const rows = counted.map((row) => ({ discussion: row.discussion, queue: row.queue, comments: Number(row.n) }));
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await db.raw(
        `INSERT INTO ${s.discussionQueues} (discussion, queue, comments) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
        chunk.flatMap((row) => [row.discussion, row.queue, row.comments])
      );
    }
  }
  return wrong;
};
