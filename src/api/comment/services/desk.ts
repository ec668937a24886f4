import type { Core } from '@strapi/strapi';
import { service } from '../../../services';
import { readerPath } from '../../../reader-page/address';
import { publicOrigin } from '../../../site/public-origin';
import { readConnection, rowsOf } from '../../../database/sql';
import { ACTIONS, type Action } from './moderation';
import { and, deskTables, discussionsOf, filterCondition, queueCondition, type Condition, type DeskFilter } from '../desk/filters';
import { NO_COUNTS, toDeskCard, type DeskRow } from '../desk/cards';
import type { AuthorCounts, CommentStatus, DeskAuthor, DeskBulkResult, DeskDecision, DeskPage, DeskQueue, DeskTrailEntry, QueueCounts, Standing } from '../desk/types';

/**
 * The moderation desk (admin API, src/api/comment/desk/admin-routes.ts): a queue page with the
 * cards a moderator decides from, its live counts, and decisions made through the moderation
 * service (api::comment.moderation), so the lifecycle hooks leave the same trail and resolve the
 * same reports whichever door a decision came in by.
 *
 * A page costs a constant number of queries whatever the queue's size and the page's: the page's
 * ids, one per relation populated, one grouped count of its authors' history, one of their
 * standings, and the counts (the kept sizes, or one grouped COUNT under filters).
 */
const COMMENT = 'api::comment.comment';
export const MAX_BULK_IDS = 100;
export const MAX_BULK_FILTER = 1000;
export const UNDO_NOTE = 'Undo';

export interface QueueRequest {
  queue: DeskQueue;
  filter: DeskFilter;
  order: 'oldest' | 'newest';
  page: number;
  pageSize: number;
}

const STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;

const CARD_POPULATE = {
  article: { select: ['documentId', 'title', 'slug', 'locale', 'publishedAt'], populate: { section: { select: ['slug', 'name'] } } },
  parent: { select: ['documentId', 'authorName', 'body', 'moderationStatus'] },
  reports: { select: ['reason', 'note', 'createdAt', 'resolved'], where: { resolved: false } },
  history: { select: ['fromStatus', 'toStatus', 'note', 'actor', 'createdAt'] },
};
const CARD_FIELDS = ['id', 'documentId', 'authorName', 'authorEmail', 'body', 'moderationStatus', 'moderationNote', 'screening', 'createdAt'];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tables = () => deskTables(strapi);
  const raw = <Row>(sql: string, bindings: Array<string | number>) =>
    readConnection(strapi, async (db) => rowsOf<Row>(await db.raw(sql, bindings)));

  /**
   * The five queues' sizes under the filters: kept, without filters (the whole archive's) and for
   * filters on the article (the sizes kept per discussion, summed); counted, in one statement,
   * when the filter is on the text.
   */
  const counts = async (filter: DeskFilter): Promise<QueueCounts> => {
    const tallies = service(strapi, 'api::comment.tallies');
    const t = tables();
    const discussions = discussionsOf(t, filter);
    if (!filter.q) {
      const sizes = discussions ? await tallies.discussionQueueSizes(discussions) : await tallies.queueSizes();
      return { pending: sizes.pending, reported: sizes.reported, approved: sizes.approved, rejected: sizes.rejected, spam: sizes.spam };
    }
    const where = filterCondition(t, filter);
    // Two counts in one statement: the statuses (an index-only scan of an article's comments) and
    // the reported ones (the comments_reported index): one SUM over both would read every row.
    const rows = await raw<{ status: string; n: number | string }>(
      `SELECT c.${t.col.status} AS status, COUNT(*) AS n FROM ${t.comments} c WHERE ${where.sql} GROUP BY c.${t.col.status}
       UNION ALL
       SELECT 'reported' AS status, COUNT(*) AS n FROM ${t.comments} c WHERE c.${t.col.reportCount} > 0 AND ${where.sql}`,
      [...where.bindings, ...where.bindings]
    );
    const result: QueueCounts = { pending: 0, reported: 0, approved: 0, rejected: 0, spam: 0 };
    for (const row of rows) {
      if (row.status === 'reported') result.reported = Number(row.n);
      else if ((STATUSES as readonly string[]).includes(row.status)) result[row.status as CommentStatus] = Number(row.n);
    }
    return result;
  };

  /** The ids of a queue under the filters, in the desk's order (the comments_queue index's). */
  const idsOf = async (queue: DeskQueue, filter: DeskFilter, order: 'oldest' | 'newest', limit: number, offset = 0): Promise<Array<{ id: number; documentId: string; status: CommentStatus }>> => {
    const t = tables();
    const where: Condition = and(queueCondition(t, queue), filterCondition(t, filter));
    const direction = order === 'newest' ? 'DESC' : 'ASC';
    const rows = await raw<{ id: number | string; document_id: string; status: CommentStatus }>(
      `SELECT c.id AS id, c.${t.commentDocumentId} AS document_id, c.${t.col.status} AS status FROM ${t.comments} c WHERE ${where.sql}
        ORDER BY c.${t.createdAt} ${direction}, c.id ${direction} LIMIT ? OFFSET ?`,
      [...where.bindings, limit, offset]
    );
    return rows.map((row) => ({ id: Number(row.id), documentId: row.document_id, status: row.status }));
  };

  /** How many comments of each status every author of the page has (one grouped query on comments_author_history). */
  const historyOf = async (emails: string[]): Promise<Map<string, AuthorCounts>> => {
    const wanted = [...new Set(emails)];
    const found = new Map<string, AuthorCounts>();
    if (wanted.length === 0) return found;
    const t = tables();
    const rows = await raw<{ email: string; status: string; n: number | string }>(
      `SELECT c.${t.authorEmail} AS email, c.${t.col.status} AS status, COUNT(*) AS n FROM ${t.comments} c
        WHERE c.${t.authorEmail} IN (${wanted.map(() => '?').join(', ')}) GROUP BY c.${t.authorEmail}, c.${t.col.status}`,
      wanted
    );
    for (const row of rows) {
      const counts = found.get(row.email) ?? { ...NO_COUNTS };
      if ((STATUSES as readonly string[]).includes(row.status)) counts[row.status as CommentStatus] = Number(row.n);
      found.set(row.email, counts);
    }
    return found;
  };

  const pageOf = async () => {
    const defaultLocale = ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string | null) || 'en';
    const origin = publicOrigin(strapi);
    return (article: { slug: string; locale: string }) => `${origin}${readerPath(article.slug, article.locale === defaultLocale ? undefined : article.locale)}`;
  };

  const cardsOf = async (ids: number[]) => {
    if (ids.length === 0) return [];
    const rows = (await strapi.db.query(COMMENT).findMany({ select: CARD_FIELDS, where: { id: { $in: ids } }, populate: CARD_POPULATE })) as DeskRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ordered = ids.map((id) => byId.get(id)).filter((row): row is DeskRow => row !== undefined);
    const emails = ordered.map((row) => row.authorEmail);
    const [history, standings, page] = await Promise.all([historyOf(emails), service(strapi, 'api::commenter.standing').standingsOf(emails), pageOf()]);
    return ordered.map((row) =>
      toDeskCard(row, {
        standing: standings.get(row.authorEmail.toLowerCase()) ?? 'normal',
        counts: history.get(row.authorEmail) ?? { ...NO_COUNTS },
        pageOf: page,
      })
    );
  };

  const author = async (email: string): Promise<DeskAuthor> => {
    const address = email.toLowerCase();
    const [record, history, latest] = await Promise.all([
      service(strapi, 'api::commenter.standing').read(address),
      historyOf([address]),
      strapi.db.query(COMMENT).findOne({ select: ['authorName'], where: { authorEmail: address }, orderBy: [{ createdAt: 'desc' }] }) as Promise<{ authorName: string } | null>,
    ]);
    return { email: address, name: latest?.authorName ?? null, standing: record.standing, note: record.note, counts: history.get(address) ?? { ...NO_COUNTS }, changes: record.changes };
  };

  return {
    counts,

    async queue(request: QueueRequest): Promise<DeskPage> {
      const [page, sizes] = await Promise.all([
        idsOf(request.queue, request.filter, request.order, request.pageSize, (request.page - 1) * request.pageSize),
        counts(request.filter),
      ]);
      const total = sizes[request.queue];
      return {
        data: await cardsOf(page.map((row) => row.id)),
        meta: { pagination: { page: request.page, pageSize: request.pageSize, pageCount: Math.ceil(total / request.pageSize), total }, counts: sizes },
      };
    },

    async decide(input: { id: string; action: Action; note: string | null }): Promise<DeskDecision> {
      return service(strapi, 'api::comment.moderation').decide(input);
    },

    async undo(input: { id: string; status: CommentStatus; previous: CommentStatus }): Promise<{ id: string; status: CommentStatus }> {
      return service(strapi, 'api::comment.moderation').undo({ ...input, note: UNDO_NOTE });
    },

    async note(input: { id: string; note: string }): Promise<DeskTrailEntry> {
      return service(strapi, 'api::comment.moderation').addNote(input);
    },

    /** A decision on many: the ids given, or the oldest matching a filter (at most MAX_BULK_FILTER a call). */
    async bulk(input: { action: Action; note: string | null; ids?: string[]; filter?: DeskFilter & { queue: DeskQueue } }): Promise<DeskBulkResult> {
      const status = ACTIONS[input.action];
      const targets = input.filter
        ? await idsOf(input.filter.queue, input.filter, 'oldest', MAX_BULK_FILTER)
        : ((await strapi.db.query(COMMENT).findMany({ select: ['id', 'documentId', 'moderationStatus'], where: { documentId: { $in: input.ids ?? [] } } })) as Array<{
            documentId: string;
            moderationStatus: CommentStatus;
          }>).map((row) => ({ documentId: row.documentId, status: row.moderationStatus }));
      const ids = targets.map((row) => row.documentId);
      const previous = Object.fromEntries(targets.map((row) => [row.documentId, row.status]));
      const { updated } = ids.length ? await service(strapi, 'api::comment.moderation').decideMany({ ids, action: input.action, note: input.note }) : { updated: 0 };
      const remaining = input.filter ? (await counts(input.filter))[input.filter.queue] : 0;
      return { updated, status, ids, previous, remaining };
    },

    author,

    async setStanding(email: string, standing: Standing, note: string | null): Promise<DeskAuthor> {
      await service(strapi, 'api::commenter.standing').set(email, standing, note);
      return author(email);
    },
  };
};
