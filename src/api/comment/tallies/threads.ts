import type { Knex } from 'knex';
import { VISIBLE_STATUS } from '../events/visibility';
import { rowsOf, type DiscussionSchema } from './schema';

/**
 * The thread facts kept on each comment row so that a page of a discussion is one index range
 * (comments_thread_page): `discussion` (its article version, `<documentId>:<locale>`), `depth`
 * (0 for a top-level comment) and `thread` (the id of the top-level comment it hangs under, so the
 * replies of a page are one range of comments_thread_replies). Derived from the relations after each write, whatever path wrote
 * them, and rebuilt by `npm run recount` after an import.
 */
type Db = Knex | Knex.Transaction;
/** Far past any reply depth a newsroom allows; stops a walk on a (hand-made) cycle. */
const MAX_WALK = 64;

const list = (ids: number[]) => ids.map(() => '?').join(', ');

/** The walk from each comment up to its top-level ancestor: one row per (comment, ancestor). */
const walkUp = (s: DiscussionSchema, ids: number[]) =>
  `WITH RECURSIVE up (id, ancestor, n) AS (
     SELECT id, id, 0 FROM ${s.comments} WHERE id IN (${list(ids)})
     UNION ALL
     SELECT up.id, p.${s.col.parent}, up.n + 1 FROM up JOIN ${s.parentLink} p ON p.${s.col.reply} = up.ancestor WHERE up.n < ${MAX_WALK}
   )`;

export const deriveThreadColumns = async (db: Db, s: DiscussionSchema, ids: number[]): Promise<void> => {
  if (ids.length === 0) return;
  await db.raw(
    `UPDATE ${s.comments} AS c SET ${s.col.discussion} = (
       SELECT MIN(a.${s.col.documentId} || ':' || a.${s.col.locale}) FROM ${s.articleLink} l
         JOIN ${s.articles} a ON a.id = l.${s.col.articleOfComment}
        WHERE l.${s.col.commentOfArticle} = c.id
     ) WHERE c.id IN (${list(ids)})`,
    ids
  );
  // The top of each walk is the thread's first comment; its distance is the depth.
  await db.raw(
    `${walkUp(s, ids)}
     UPDATE ${s.comments} AS c SET ${s.col.depth} = d.n, ${s.col.thread} = d.ancestor
       FROM (SELECT up.id, up.ancestor, up.n FROM up
              WHERE up.n = (SELECT MAX(top.n) FROM up AS top WHERE top.id = up.id)) AS d
      WHERE c.id = d.id AND (c.${s.col.depth} IS DISTINCT FROM d.n OR c.${s.col.thread} IS DISTINCT FROM d.ancestor)`,
    ids
  );
};

/** The comments and every reply under them, any status. */
export const subtreeOf = async (db: Db, s: DiscussionSchema, ids: number[]): Promise<number[]> => {
  if (ids.length === 0) return [];
  const rows = rowsOf<{ id: number | string }>(
    await db.raw(
      `WITH RECURSIVE down (id) AS (
         SELECT id FROM ${s.comments} WHERE id IN (${list(ids)})
         UNION
         SELECT p.${s.col.reply} FROM down JOIN ${s.parentLink} p ON p.${s.col.parent} = down.id
       ) SELECT id FROM down`,
      ids
    )
  );
  return rows.map((row) => Number(row.id));
};

export interface Visibility {
  id: number;
  discussion: string | null;
  visible: boolean;
}

/**
 * Whether readers see each comment: approved, under approved ancestors only, no deeper than the
 * thread shows (thread.ts lists `maxDepth` levels of replies).
 */
export const visibilityOf = async (db: Db, s: DiscussionSchema, ids: number[], maxDepth: number): Promise<Visibility[]> => {
  if (ids.length === 0) return [];
  const rows = rowsOf<{ id: number | string; discussion: string | null; approved: number | string; depth: number | string }>(
    await db.raw(
      `${walkUp(s, ids)}
       SELECT c.id AS id, c.${s.col.discussion} AS discussion, v.approved AS approved, v.depth AS depth
         FROM (SELECT up.id AS id, MIN(CASE WHEN a.${s.col.status} = ? THEN 1 ELSE 0 END) AS approved, MAX(up.n) AS depth
                 FROM up JOIN ${s.comments} a ON a.id = up.ancestor GROUP BY up.id) AS v
         JOIN ${s.comments} c ON c.id = v.id`,
      [...ids, VISIBLE_STATUS]
    )
  );
  return rows.map((row) => ({
    id: Number(row.id),
    discussion: row.discussion,
    visible: Number(row.approved) === 1 && Number(row.depth) <= maxDepth,
  }));
};
