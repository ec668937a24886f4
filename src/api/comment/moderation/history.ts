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
): Promise<void> => {
  await strapi.db.query(EVENT).create({
    data: {
      comment: decision.commentId,
      fromStatus: decision.from,
      toStatus: decision.to,
      note: decision.note,
      actor: decision.actor.label,
      actorType: decision.actor.type,
    },
  });
};

/** A person's decision closes the reports that brought the comment back to the queue. */
export const resolveReports = async (strapi: Core.Strapi, commentIds: number[]): Promise<void> => {
  if (commentIds.length === 0) return;
  const reports = strapi.db.query('api::comment-report.comment-report');
  // updateMany cannot filter through a relation: find the report ids first.
  const open = (await reports.findMany({
    select: ['id'],
    where: { comment: { id: { $in: commentIds } }, resolved: false },
  })) as Array<{ id: number }>;
  if (open.length === 0) return;
  await reports.updateMany({ where: { id: { $in: open.map((report) => report.id) } }, data: { resolved: true } });
};
