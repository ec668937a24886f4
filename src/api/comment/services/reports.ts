import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { service } from '../../../services';
import { runSteps } from '../pipeline/runner';
import { REPORT_MESSAGES, REPORT_RULES, type ValidReport } from '../reports/rules';

/**
 * Readers flag published comments. Each reader counts once per comment; when enough distinct
 * readers have reported it (default 3), the comment goes back to pending and into the
 * "reported" queue until a moderator decides.
 */

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(input: { commentId: string; reason: unknown; note: unknown; reporterKey: string }): Promise<{ reported: true }> {
    const { candidate } = await runSteps(REPORT_RULES, { reason: input.reason, note: input.note }, undefined);
    const valid = candidate as ValidReport;
    const comment = await strapi.db.query('api::comment.comment').findOne({
      select: ['id', 'documentId', 'moderationStatus'],
      where: { documentId: input.commentId, moderationStatus: 'approved' },
    });
    if (!comment) throw new errors.NotFoundError(REPORT_MESSAGES.noComment);

    const ballot = `${comment.documentId}:${input.reporterKey}`;
    const reports = strapi.db.query('api::comment-report.comment-report');
    if (!(await reports.findOne({ select: ['id'], where: { ballot } }))) {
      try {
        // The report lifecycle moves the comment's open-report count in the same transaction.
        await strapi.db.transaction(() =>
          reports.create({
            data: { comment: comment.id, reason: valid.reason, note: valid.note, reporterKey: input.reporterKey, ballot },
          })
        );
      } catch (error) {
        // The same reader reporting twice at once: the unique ballot keeps one; nothing to add.
        if (!(await reports.findOne({ select: ['id'], where: { ballot } }))) throw error;
      }
    }

    const [counted, { reportThreshold }] = await Promise.all([
      strapi.db.query('api::comment.comment').findOne({ select: ['reportCount', 'moderationStatus'], where: { id: comment.id } }),
      service(strapi, 'api::comment-setting.rules-in-force').current(),
    ]);
    const open = Number(counted?.reportCount ?? 0);
    if (open >= reportThreshold && counted?.moderationStatus === 'approved') {
      await strapi.db.transaction(() =>
        strapi.db.query('api::comment.comment').update({
          where: { id: comment.id },
          data: { moderationStatus: 'pending', moderationNote: `Reported by ${open} readers: back in the queue.` },
        })
      );
    }
    return { reported: true };
  },
});
