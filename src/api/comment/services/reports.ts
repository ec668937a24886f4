import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../validation/field-error';
import { service } from '../../../services';

/**
 * Readers flag published comments. Each reader counts once per comment; when enough distinct
 * readers have reported it (default 3), the comment goes back to pending and into the
 * "reported" queue until a moderator decides.
 */
export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'misinformation', 'other'] as const;
type Reason = (typeof REPORT_REASONS)[number];
const MAX_NOTE = 500;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(input: { commentId: string; reason: unknown; note: unknown; reporterKey: string }): Promise<{ reported: true }> {
    if (typeof input.reason !== 'string' || !REPORT_REASONS.includes(input.reason as Reason)) {
      throw fieldError('reason', `Choose a reason: ${REPORT_REASONS.join(', ')}.`);
    }
    if (
      input.note !== undefined &&
      input.note !== null &&
      (typeof input.note !== 'string' || [...input.note].length > MAX_NOTE)
    ) {
      throw fieldError('note', `The note must be text of at most ${MAX_NOTE} characters.`);
    }
    const comment = await strapi.db.query('api::comment.comment').findOne({
      select: ['id', 'documentId', 'moderationStatus'],
      where: { documentId: input.commentId, moderationStatus: 'approved' },
    });
    if (!comment) throw new errors.NotFoundError('No published comment with this id.');

    const ballot = `${comment.documentId}:${input.reporterKey}`;
    const reports = strapi.db.query('api::comment-report.comment-report');
    if (!(await reports.findOne({ select: ['id'], where: { ballot } }))) {
      try {
        await reports.create({
          data: {
            comment: comment.id,
            reason: input.reason,
            note: typeof input.note === 'string' ? input.note.trim().slice(0, 2000) || null : null,
            reporterKey: input.reporterKey,
            ballot,
          },
        });
      } catch (error) {
        // The same reader reporting twice at once: the unique ballot keeps one; nothing to add.
        if (!(await reports.findOne({ select: ['id'], where: { ballot } }))) throw error;
      }
    }

    const open = await reports.count({ where: { comment: { id: comment.id }, resolved: false } });
    const { reportThreshold } = (await service(strapi, 'api::comment-setting.rules-in-force').current());
    const backToQueue = open >= reportThreshold;
    await strapi.db.query('api::comment.comment').update({
      where: { id: comment.id },
      data: backToQueue
        ? { reportCount: open, moderationStatus: 'pending', moderationNote: `Reported by ${open} readers: back in the queue.` }
        : { reportCount: open },
    });
    return { reported: true };
  },
});
