import type { Knex } from 'knex';
import { VISIBLE_STATUS } from '../events/visibility';
import { rowsOf, type DiscussionSchema } from './schema';

/**
 * `npm run recount`: every derived figure rebuilt from the rows themselves, set-based (a query per
 * figure, not per article), for data that did not come through the app (a bulk import, a restore,
 * a hand edit). Only what differs is written, so a second run finds nothing to fix.
 */
type Db = Knex | Knex.Transaction;

export interface RecountReport {
  /** Comments whose article version (`discussion`) was wrong or missing. */
  discussions: number;
  /** Comments whose reply depth or thread was wrong or missing. */
  depths: number;
  /** Comments whose count of open reports was wrong. */
  reportCounts: number;
  /** Discussions whose figures were wrong, with the figures before and after. */
  tallies: Array<{ discussion: string; before: Figures; after: Figures }>;
}

export interface Figures {
  comments: number;
  likes: number;
  dislikes: number;
}

const affected = (result: unknown): number => {
  const r = result as { rowCount?: number; changes?: number } | null;
  return Number(r?.rowCount ?? r?.changes ?? 0);
};

const BATCH = 500;

export const recountAll = async (db: Db, s: DiscussionSchema, maxDepth: number): Promise<RecountReport> => {
  const c = s.col;
  const key = `a.${c.documentId} || ':' || a.${c.locale}`;

  const discussions =
    affected(
      await db.raw(
        `UPDATE ${s.comments} AS cm SET ${c.discussion} = d.discussion
           FROM (SELECT l.${c.commentOfArticle} AS id, MIN(${key}) AS discussion
                   FROM ${s.articleLink} l JOIN ${s.articles} a ON a.id = l.${c.articleOfComment}
                  GROUP BY l.${c.commentOfArticle}) AS d
          WHERE cm.id = d.id AND cm.${c.discussion} IS DISTINCT FROM d.discussion`
      )
    ) +
    affected(
      await db.raw(
        `UPDATE ${s.comments} SET ${c.discussion} = NULL WHERE ${c.discussion} IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM ${s.articleLink} l WHERE l.${c.commentOfArticle} = ${s.comments}.id)`
      )
    );

  // Depth and thread from the top-level comments down; a reply outside any tree (a cycle) keeps none.
  const depths = affected(
    await db.raw(
      `WITH RECURSIVE tree (id, depth, thread) AS (
         SELECT cm.id, 0, cm.id FROM ${s.comments} cm
          WHERE NOT EXISTS (SELECT 1 FROM ${s.parentLink} p WHERE p.${c.reply} = cm.id)
         UNION ALL
         SELECT p.${c.reply}, t.depth + 1, t.thread FROM tree t JOIN ${s.parentLink} p ON p.${c.parent} = t.id WHERE t.depth < 64
       )
       UPDATE ${s.comments} AS cm SET ${c.depth} = tree.depth, ${c.thread} = tree.thread
         FROM tree
        WHERE cm.id = tree.id AND (cm.${c.depth} IS DISTINCT FROM tree.depth OR cm.${c.thread} IS DISTINCT FROM tree.thread)`
    )
  );

  const reportCounts = affected(
    await db.raw(
      `UPDATE ${s.comments} AS cm SET ${c.reportCount} = COALESCE(r.open, 0)
         FROM ${s.comments} AS src
         LEFT JOIN (SELECT l.${c.commentOfReport} AS id, COUNT(*) AS open FROM ${s.reports} rp
                      JOIN ${s.reportLink} l ON l.${c.report} = rp.id
                     WHERE rp.${c.resolved} IS NULL OR rp.${c.resolved} = ?
                     GROUP BY l.${c.commentOfReport}) AS r ON r.id = src.id
        WHERE cm.id = src.id AND cm.${c.reportCount} IS DISTINCT FROM COALESCE(r.open, 0)`,
      [false]
    )
  );

  // What readers should see: approved comments under approved ancestors, maxDepth deep at most.
  const expected = new Map<string, Figures>();
  const figure = (discussion: string) => {
    let row = expected.get(discussion);
    if (!row) expected.set(discussion, (row = { comments: 0, likes: 0, dislikes: 0 }));
    return row;
  };
  const visible = rowsOf<{ discussion: string; n: number | string }>(
    await db.raw(
      `WITH RECURSIVE vis (id, depth) AS (
         SELECT cm.id, 0 FROM ${s.comments} cm WHERE cm.${c.depth} = 0 AND cm.${c.status} = ?
         UNION
         SELECT p.${c.reply}, v.depth + 1 FROM vis v
           JOIN ${s.parentLink} p ON p.${c.parent} = v.id
           JOIN ${s.comments} r ON r.id = p.${c.reply} AND r.${c.status} = ?
          WHERE v.depth < ?
       )
       SELECT cm.${c.discussion} AS discussion, COUNT(DISTINCT cm.id) AS n
         FROM vis JOIN ${s.comments} cm ON cm.id = vis.id
        WHERE cm.${c.discussion} IS NOT NULL GROUP BY cm.${c.discussion}`,
      [VISIBLE_STATUS, VISIBLE_STATUS, maxDepth]
    )
  );
  for (const row of visible) figure(row.discussion).comments = Number(row.n);
  const votes = rowsOf<{ discussion: string; value: string; n: number | string }>(
    await db.raw(
      `SELECT ${key} AS discussion, r.${c.value} AS value, COUNT(DISTINCT r.id) AS n
         FROM ${s.reactions} r JOIN ${s.reactionLink} l ON l.${c.reactionOfArticle} = r.id
         JOIN ${s.articles} a ON a.id = l.${c.articleOfReaction}
        GROUP BY ${key}, r.${c.value}`
    )
  );
  for (const row of votes) {
    if (row.value === 'like') figure(row.discussion).likes = Number(row.n);
    if (row.value === 'dislike') figure(row.discussion).dislikes = Number(row.n);
  }

  const stored = rowsOf<{ discussion: string } & Record<keyof Figures, number | string>>(
    await db.raw(`SELECT discussion, comments, likes, dislikes FROM ${s.tallies}`)
  );
  const current = new Map(stored.map((row) => [row.discussion, { comments: Number(row.comments), likes: Number(row.likes), dislikes: Number(row.dislikes) }]));
  const zero: Figures = { comments: 0, likes: 0, dislikes: 0 };
  const tallies: RecountReport['tallies'] = [];
  for (const discussion of new Set([...expected.keys(), ...current.keys()])) {
    const before = current.get(discussion) ?? zero;
    const after = expected.get(discussion) ?? zero;
    const same = before.comments === after.comments && before.likes === after.likes && before.dislikes === after.dislikes;
    if (!same) tallies.push({ discussion, before, after });
  }
  for (let i = 0; i < tallies.length; i += BATCH) {
    const batch = tallies.slice(i, i + BATCH);
    await db.raw(
      `INSERT INTO ${s.tallies} (discussion, comments, likes, dislikes) VALUES ${batch.map(() => '(?, ?, ?, ?)').join(', ')}
       ON CONFLICT (discussion) DO UPDATE SET comments = excluded.comments, likes = excluded.likes, dislikes = excluded.dislikes`,
      batch.flatMap(({ discussion, after }) => [discussion, after.comments, after.likes, after.dislikes])
    );
  }
  return { discussions, depths, reportCounts, tallies };
};
