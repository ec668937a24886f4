import type { Core } from '@strapi/strapi';
import type { Actor } from '../../../actors';
import type { ModerationStatus } from '../screening';

/**
 * The moderation history: one moderation-event row per decision (who, when, from, to, note).
 * Written by the comment lifecycle hooks, so the moderation API, the admin panel and scripts all
 * leave the same trail.
 */
const EVENT = 'api::moderation-event.moderation-event';

export const recordDecision = async (
  strapi: Core.Strapi,
  decision: { commentId: number; from: ModerationStatus | null; to: ModerationStatus; note: string | null; actor: Actor }
): Promise<number> => {
  const event = (await strapi.db.query(EVENT).create({
    data: {
      comment: decision.commentId,
      fromStatus: decision.from,
      toStatus: decision.to,
      note: decision.note,
      actor: decision.actor.label,
      actorType: decision.actor.type,
    },
  })) as { id: number };
  return event.id;
};

const REPORT = 'api::comment-report.comment-report';

/** The readers' reports still open on these comments, by comment. */
export const openReports = async (strapi: Core.Strapi, commentIds: number[]): Promise<Map<number, number[]>> => {
  const open = new Map<number, number[]>();
  if (commentIds.length === 0) return open;
  const rows = (await strapi.db.query(REPORT).findMany({
    select: ['id'],
    where: { comment: { id: { $in: commentIds } }, resolved: false },
    populate: { comment: { select: ['id'] } },
  })) as Array<{ id: number; comment?: { id: number } | null }>;
  for (const row of rows) {
    if (row.comment) open.set(row.comment.id, [...(open.get(row.comment.id) ?? []), row.id]);
  }
  return open;
};

/**
 * A person's decision closes the reports that brought the comment to the queue, and says which
 * decision closed them: undoing that decision opens them again (reportCount follows, in the
 * comment-report lifecycles).
 */
export const closeReports = async (strapi: Core.Strapi, reportIds: number[], decisionId: number): Promise<void> => {
  if (reportIds.length === 0) return;
  await strapi.db.query(REPORT).updateMany({ where: { id: { $in: reportIds } }, data: { resolved: true, closedByDecision: decisionId } });
};

/** Opens again the reports a decision closed (the desk's Undo of it). */
export const reopenReports = async (strapi: Core.Strapi, decisionId: number): Promise<void> => {
  await strapi.db.query(REPORT).updateMany({ where: { closedByDecision: decisionId, resolved: true }, data: { resolved: false, closedByDecision: null } });
};

/** The comment's latest decision, from one status to another (what an Undo puts back). */
export const latestDecision = async (strapi: Core.Strapi, commentId: number, from: ModerationStatus, to: ModerationStatus): Promise<number | null> => {
  const row = (await strapi.db.query(EVENT).findOne({
    select: ['id'],
    where: { comment: { id: commentId }, fromStatus: from, toStatus: to },
    orderBy: { id: 'desc' },
  })) as { id: number } | null;
  return row?.id ?? null;
};
