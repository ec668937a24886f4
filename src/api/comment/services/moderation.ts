import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ModerationStatus } from '../screening';
import { service } from '../../../services';
import { currentActor } from '../../../actors';
import { ConflictError } from '../errors';
import { latestDecision, recordDecision, reopenReports } from '../moderation/history';

/**
 * The moderators' side: queues by status (and "reported"), decisions with a note, in bulk too.
 * A decision is a status update; the comment lifecycle hooks attribute it and record it in the
 * history, whichever path it came by.
 */
export const QUEUES = ['pending', 'approved', 'rejected', 'spam', 'reported'] as const;
export type Queue = (typeof QUEUES)[number];
export const ACTIONS = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const;
export type Action = keyof typeof ACTIONS;
export const MAX_BULK = 100;

const COMMENT = 'api::comment.comment';

const MESSAGES = {
  notFound: 'No comment with this id.',
  movedSince: (now: string) => `The comment is ${now} now: someone decided since, so it was left as it is.`,
};

interface Row {
  id: number;
  documentId: string;
  authorName: string;
  authorEmail: string;
  body: string;
  moderationStatus: ModerationStatus;
  moderationNote: string | null;
  reportCount: number | null;
  createdAt: string;
  article?: Array<{ slug: string; title: string; locale: string; publishedAt: string | null }> | { slug: string; title: string } | null;
  parent?: { documentId: string } | null;
  reports?: Array<{ reason: string; note: string | null; createdAt: string; resolved: boolean }>;
  history?: Array<{ fromStatus: string | null; toStatus: string; note: string | null; actor: string; actorType: string; createdAt: string }>;
}

const iso = (value: string | Date) => new Date(value).toISOString();

const toModeratorView = (row: Row) => {
  const articles = Array.isArray(row.article) ? row.article : row.article ? [row.article] : [];
  const article = articles.find((a) => 'publishedAt' in a && a.publishedAt) ?? articles[0];
  return {
    id: row.documentId,
    status: row.moderationStatus,
    authorName: row.authorName,
    authorEmail: row.authorEmail,
    body: row.body,
    createdAt: iso(row.createdAt),
    parent: row.parent?.documentId ?? null,
    article: article ? { slug: article.slug, title: article.title } : null,
    reportCount: row.reportCount ?? 0,
    reports: (row.reports ?? []).map((r) => ({ reason: r.reason, note: r.note, createdAt: iso(r.createdAt), resolved: r.resolved })),
    history: (row.history ?? [])
      .map((h) => ({ from: h.fromStatus, to: h.toStatus, note: h.note, by: h.actor, byType: h.actorType, at: iso(h.createdAt) }))
      .sort((a, b) => a.at.localeCompare(b.at)),
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue(input: { queue: Queue; page: number; pageSize: number }) {
    const where = input.queue === 'reported' ? { reportCount: { $gt: 0 } } : { moderationStatus: input.queue };
    const orderBy = input.queue === 'reported' ? [{ reportCount: 'desc' }, { createdAt: 'asc' }] : [{ createdAt: 'asc' }, { id: 'asc' }];
    const [rows, sizes] = await Promise.all([
      strapi.db.query(COMMENT).findMany({
        where,
        orderBy,
        offset: (input.page - 1) * input.pageSize,
        limit: input.pageSize,
        populate: {
          article: { select: ['slug', 'title', 'locale', 'publishedAt'] },
          parent: { select: ['documentId'] },
          reports: { select: ['reason', 'note', 'createdAt', 'resolved'] },
          history: { select: ['fromStatus', 'toStatus', 'note', 'actor', 'actorType', 'createdAt'] },
        },
      }) as Promise<Row[]>,
      // Kept sizes, not a count over the queue: constant whatever the archive (api::comment.tallies).
      service(strapi, 'api::comment.tallies').queueSizes(),
    ]);
    const total = sizes[input.queue];
    return {
      data: rows.map(toModeratorView),
      meta: {
        pagination: { page: input.page, pageSize: input.pageSize, pageCount: Math.ceil(total / input.pageSize), total },
      },
    };
  },

  async decide(input: { id: string; action: Action; note?: string | null }) {
    const status = ACTIONS[input.action];
    const existing = (await strapi.db.query(COMMENT).findOne({ select: ['id', 'moderationStatus'], where: { documentId: input.id } })) as {
      id: number;
      moderationStatus: ModerationStatus;
    } | null;
    if (!existing) throw new errors.NotFoundError(MESSAGES.notFound);
    // One transaction: the decision, its history, the reports it answers and the figures it moves.
    await strapi.db.transaction(() =>
      strapi.db.query(COMMENT).update({
        where: { id: existing.id },
        data: { moderationStatus: status, moderationNote: input.note ?? null },
      })
    );
    return { id: input.id, status, previous: existing.moderationStatus };
  },

  /**
   * Puts a decision back (the desk's Undo): the comment goes from `status` back to `previous`, by
   * the same path as a decision (the hooks record it with the note), only if it is still in
   * `status`: a decision made since by someone else is not overwritten (409).
   */
  async undo(input: { id: string; status: ModerationStatus; previous: ModerationStatus; note: string }) {
    return strapi.db.transaction(async () => {
      const existing = (await strapi.db.query(COMMENT).findOne({ select: ['id', 'moderationStatus'], where: { documentId: input.id } })) as {
        id: number;
        moderationStatus: ModerationStatus;
      } | null;
      if (!existing) throw new errors.NotFoundError(MESSAGES.notFound);
      const moved = () =>
        new ConflictError(MESSAGES.movedSince(existing.moderationStatus), {
          errors: [{ path: ['status'], message: MESSAGES.movedSince(existing.moderationStatus), name: 'ConflictError' }],
        });
      if (existing.moderationStatus !== input.status) throw moved();
      const undone = await latestDecision(strapi, existing.id, input.previous, input.status);
      // Conditional on the status, in the one statement: two undos (or an undo and a decision) at once cannot both win.
      const { count } = await strapi.db.query(COMMENT).updateMany({
        where: { id: existing.id, moderationStatus: input.status },
        data: { moderationStatus: input.previous, moderationNote: input.note },
      });
      if (count === 0) throw moved();
      // The reports the undone decision answered are open again: a restored comment goes back to Reported.
      if (undone !== null) await reopenReports(strapi, undone);
      return { id: input.id, status: input.previous };
    });
  },

  /** A note on the comment's trail, its status unchanged (not a decision: the reports stay open). */
  async addNote(input: { id: string; note: string }) {
    const existing = (await strapi.db.query(COMMENT).findOne({ select: ['id', 'moderationStatus'], where: { documentId: input.id } })) as {
      id: number;
      moderationStatus: ModerationStatus;
    } | null;
    if (!existing) throw new errors.NotFoundError(MESSAGES.notFound);
    const actor = currentActor(strapi);
    const at = new Date();
    await recordDecision(strapi, { commentId: existing.id, from: existing.moderationStatus, to: existing.moderationStatus, note: input.note, actor });
    return { from: existing.moderationStatus, to: existing.moderationStatus, note: input.note, by: actor.label, at: at.toISOString() };
  },

  async decideMany(input: { ids: string[]; action: Action; note?: string | null }) {
    const status = ACTIONS[input.action];
    const { count } = await strapi.db.transaction(() =>
      strapi.db.query(COMMENT).updateMany({
        where: { documentId: { $in: input.ids } },
        data: { moderationStatus: status, moderationNote: input.note ?? null },
      })
    );
    return { updated: count as number, status };
  },
});
