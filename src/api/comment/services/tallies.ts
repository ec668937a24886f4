import type { Core } from '@strapi/strapi';
import type { ArticleRef } from './thread';
import type { ReactionChange } from '../events/types';
import {
  addDelta,
  applyDeltas,
  deriveThreadColumns,
  discussionKey,
  discussionSchema,
  inWriteTransaction,
  readConnection,
  lockDiscussions,
  addMove,
  applyDiscussionMoves,
  moveQueues,
  queuesOf,
  readDiscussionQueueSizes,
  readQueueSizes,
  recountAll,
  recountDiscussionQueues,
  recountQueues,
  rowsOf,
  subtreeOf,
  visibilityOf,
  type DiscussionMoves,
  type QueueMembership,
  type QueueSizes,
  type RecountReport,
  type TallyDeltas,
  type Visibility,
} from '../tallies';

/**
 * The figures readers see under an article version (visible comments, likes, dislikes) and the
 * open-report count of each comment: kept by every write, in its transaction, from the comment,
 * reaction and report lifecycle hooks (the one layer every write path crosses), and read in one
 * indexed row. Kept rather than counted: counting 200,000 comments and 500,000 votes on each read
 * and vote took half a second (issue 10). Application code rather than database triggers, because
 * "visible" is a moderation rule over the whole thread (a rejected comment hides its replies) that
 * the rules module owns; a raw SQL import is put right by `npm run recount`.
 */
export interface Tally {
  comments: number;
  likes: number;
  dislikes: number;
}

/** A comment write in progress: the threads it can change and who readers saw among them before. */
export interface ThreadWatch {
  members: number[];
  before: Visibility[];
  /** The queues the written comments were in. */
  queues: QueueMembership[];
}

const countVisible = (deltas: TallyDeltas, rows: Visibility[], sign: 1 | -1) => {
  for (const row of rows) if (row.visible) addDelta(deltas, row.discussion, { comments: sign });
};

/**
 * A comment moved to another story: the queues it is in move from the discussion it left to the
 * one it joined. Its status has moved already (moveQueues reads the discussion before and after);
 * what is left is the reported queue. Any other comment of the thread whose discussion the write
 * changed (each keeps its own story's link, so normally none) moves with all its queues.
 */
const moveBetweenDiscussions = async (
  trx: Parameters<typeof moveQueues>[0],
  s: ReturnType<typeof discussionSchema>,
  watch: ThreadWatch,
  now: Visibility[],
  written: Set<number>
): Promise<void> => {
  const was = new Map(watch.before.map((row) => [row.id, row.discussion]));
  const moved = now.filter((row) => was.has(row.id) && was.get(row.id) !== row.discussion).map((row) => row.id);
  if (moved.length === 0) return;
  const moves: DiscussionMoves = new Map();
  for (const member of await queuesOf(trx, s, moved)) {
    const queues = written.has(member.id) ? member.queues.filter((q) => q === 'reported') : member.queues;
    for (const queue of queues) {
      addMove(moves, was.get(member.id) ?? null, queue, -1);
      addMove(moves, member.discussion, queue, 1);
    }
  }
  await applyDiscussionMoves(trx, s, moves);
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const maxDepth = () => (strapi.config.get('newsroom.comments') as { maxDepth: number }).maxDepth;
  const schema = () => discussionSchema(strapi);

  return {
    async read(article: ArticleRef): Promise<Tally> {
      return (await this.readMany([article])).get(discussionKey(article)) ?? { comments: 0, likes: 0, dislikes: 0 };
    },

    /**
     * The figures of many article versions (a page of teasers) in one indexed query, by discussion
     * key (`<documentId>:<locale>`); a version nobody commented on or voted on reads as zeros.
     */
    async readMany(articles: ArticleRef[]): Promise<Map<string, Tally>> {
      const keys = [...new Set(articles.map(discussionKey))];
      const figures = new Map<string, Tally>(keys.map((key) => [key, { comments: 0, likes: 0, dislikes: 0 }]));
      if (keys.length === 0) return figures;
      const s = schema();
      const rows = rowsOf<Record<keyof Tally, number | string> & { discussion: string }>(
        await readConnection(strapi, (db) =>
          db.raw(`SELECT discussion, comments, likes, dislikes FROM ${s.tallies} WHERE discussion IN (${keys.map(() => '?').join(', ')})`, keys)
        )
      );
      for (const row of rows) {
        figures.set(row.discussion, { comments: Number(row.comments ?? 0), likes: Number(row.likes ?? 0), dislikes: Number(row.dislikes ?? 0) });
      }
      return figures;
    },

    /** New comments: their thread columns, and one more visible comment each that readers see. */
    async commentsCreated(ids: number[], discussions: string[]): Promise<void> {
      if (ids.length === 0) return;
      await inWriteTransaction(strapi, async (trx) => {
        const s = schema();
        await lockDiscussions(trx, s, discussions);
        await deriveThreadColumns(trx, s, ids);
        const deltas: TallyDeltas = new Map();
        countVisible(deltas, await visibilityOf(trx, s, ids, maxDepth()), 1);
        await applyDeltas(trx, s, deltas);
        await moveQueues(trx, s, [], await queuesOf(trx, s, ids));
      });
    },

    /**
     * Before a status, article, parent change or a deletion: the comments and their replies, and
     * which of them readers see. A decision on one comment shows or hides its whole thread.
     */
    async watchThreads(ids: number[], discussions: string[]): Promise<ThreadWatch | null> {
      if (ids.length === 0) return null;
      return inWriteTransaction(strapi, async (trx) => {
        const s = schema();
        await lockDiscussions(trx, s, discussions);
        const members = await subtreeOf(trx, s, ids);
        return {
          members,
          before: await visibilityOf(trx, s, members, maxDepth()),
          queues: await queuesOf(trx, s, ids, { lock: true }),
        };
      });
    },

    /** After the write: the figures move by what readers see now minus what they saw. */
    async threadsChanged(watch: ThreadWatch, options: { relationsChanged: boolean; deleted?: number[] }): Promise<void> {
      const gone = new Set(options.deleted ?? []);
      const members = watch.members.filter((id) => !gone.has(id));
      await inWriteTransaction(strapi, async (trx) => {
        const s = schema();
        // A moved comment, or the replies of a deleted one, may sit at another depth now.
        if (options.relationsChanged || gone.size > 0) await deriveThreadColumns(trx, s, members);
        const deltas: TallyDeltas = new Map();
        const now = await visibilityOf(trx, s, members, maxDepth());
        countVisible(deltas, watch.before, -1);
        countVisible(deltas, now, 1);
        await applyDeltas(trx, s, deltas);
        // Statuses only: the reported queue follows the reports (refreshReportCounts), which a
        // decision may answer in the same write. A deleted comment leaves every queue it was in.
        const statusOnly = (m: QueueMembership): QueueMembership => ({ ...m, queues: m.queues.filter((q) => q !== 'reported') });
        const before = watch.queues.map((m) => (gone.has(m.id) ? m : statusOnly(m)));
        const written = watch.queues.map((m) => m.id).filter((id) => !gone.has(id));
        await moveQueues(trx, s, before, (await queuesOf(trx, s, written)).map(statusOnly));
        await moveBetweenDiscussions(trx, s, watch, now, new Set(written));
      });
    },

    async reactionsChanged(changes: ReactionChange[]): Promise<void> {
      const deltas: TallyDeltas = new Map();
      for (const change of changes) {
        if (!change.article) continue;
        const key = discussionKey(change.article);
        const move = (value: 'like' | 'dislike' | null, sign: 1 | -1) =>
          value && addDelta(deltas, key, value === 'like' ? { likes: sign } : { dislikes: sign });
        move(change.value.before, -1);
        move(change.value.after, 1);
      }
      if (deltas.size > 0) await inWriteTransaction(strapi, (trx) => applyDeltas(trx, schema(), deltas));
    },

    /** Locks these comments' rows to the end of the caller's transaction (PostgreSQL), so writes about them take turns. */
    async lockComments(commentIds: number[]): Promise<void> {
      if (commentIds.length === 0) return;
      await inWriteTransaction(strapi, async (trx) => {
        await queuesOf(trx, schema(), commentIds, { lock: true });
      });
    },

    /** A comment's open reports, counted over its own reports only (an index range per comment). */
    async refreshReportCounts(commentIds: number[]): Promise<void> {
      if (commentIds.length === 0) return;
      const s = schema();
      const c = s.col;
      await inWriteTransaction(strapi, async (trx) => {
        const reportedOnly = (m: QueueMembership): QueueMembership => ({ ...m, queues: m.queues.filter((q) => q === 'reported') });
        const before = (await queuesOf(trx, s, commentIds, { lock: true })).map(reportedOnly);
        await trx.raw(
          `UPDATE ${s.comments} AS cm SET ${c.reportCount} = (
             SELECT COUNT(*) FROM ${s.reports} rp JOIN ${s.reportLink} l ON l.${c.report} = rp.id
              WHERE l.${c.commentOfReport} = cm.id AND (rp.${c.resolved} IS NULL OR rp.${c.resolved} = ?)
           ) WHERE cm.id IN (${commentIds.map(() => '?').join(', ')})`,
          [false, ...commentIds]
        );
        await moveQueues(trx, s, before, (await queuesOf(trx, s, commentIds)).map(reportedOnly));
      });
    },

    /** The size of every moderation queue, in one read of a few rows. */
    async queueSizes(): Promise<QueueSizes> {
      return readConnection(strapi, (db) => readQueueSizes(db, schema()));
    },

    /** The queue sizes of the discussions a subquery names (`SELECT <documentId:locale> …`), from their kept rows. */
    async discussionQueueSizes(discussions: { sql: string; bindings: Array<string | number> }): Promise<QueueSizes> {
      return readConnection(strapi, (db) => readDiscussionQueueSizes(db, schema(), discussions));
    },

    /** `npm run recount`: every figure rebuilt from the rows, in one transaction. */
    async recount(): Promise<RecountReport & { queues: Array<{ queue: string; before: number; after: number }>; discussionQueues: number }> {
      return inWriteTransaction(strapi, async (trx) => {
        const report = await recountAll(trx, schema(), maxDepth());
        return { ...report, queues: await recountQueues(trx, schema()), discussionQueues: await recountDiscussionQueues(trx, schema()) };
      });
    },
  };
};
