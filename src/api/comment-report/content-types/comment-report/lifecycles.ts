import type { Core } from '@strapi/strapi';
import { service } from '../../../../services';
import { linkedTargets } from '../../../comment/rules/article';

/**
 * Every report write, by any path, sets the open-report count of the comments it touches, in the
 * write's transaction: the "reported" queue and the threshold read that column, never a count.
 */
declare const strapi: Core.Strapi;

interface WriteEvent {
  params: { where?: Record<string, unknown>; data?: Record<string, unknown> | Array<Record<string, unknown>> };
  state: { comments?: number[] };
  result?: { id?: number; ids?: number[] } | null;
}

const commentsOf = async (where: Record<string, unknown>): Promise<number[]> => {
  const rows = (await strapi.db.query('api::comment-report.comment-report').findMany({
    where,
    select: ['id'],
    populate: { comment: { select: ['id'] } },
  })) as Array<{ comment?: { id: number } | null }>;
  return [...new Set(rows.flatMap((row) => (row.comment ? [row.comment.id] : [])))];
};

const refresh = (ids: number[]) => service(strapi, 'api::comment.tallies').refreshReportCounts(ids);

/**
 * Locks the reported comments before the report is written. Writing the report's link takes a
 * share lock on the comment (its foreign key); two readers reporting one comment at once would
 * then each wait for the other's to count (a deadlock on PostgreSQL). Locked first, they take turns.
 */
const lockReported = async (event: WriteEvent) => {
  const rows = Array.isArray(event.params.data) ? event.params.data : [event.params.data ?? {}];
  const { ids, documentIds } = linkedTargets(rows.map((row) => row.comment));
  const byDocument = documentIds.length
    ? ((await strapi.db.query('api::comment.comment').findMany({ select: ['id'], where: { documentId: { $in: documentIds } } })) as Array<{ id: number }>)
    : [];
  await service(strapi, 'api::comment.tallies').lockComments([...new Set([...ids, ...byDocument.map((row) => row.id)])]);
};

const readBefore = async (event: WriteEvent) => {
  event.state.comments = await commentsOf(event.params.where ?? {});
};
const afterCreate = async (event: WriteEvent) => {
  const ids = event.result?.ids ?? (event.result?.id ? [event.result.id] : []);
  if (ids.length) await refresh(await commentsOf({ id: { $in: ids } }));
};
const afterUpdate = async (event: WriteEvent) => {
  // The comment before and after: an update may move a report to another comment.
  const before = event.state.comments ?? [];
  await refresh([...new Set([...before, ...(await commentsOf(event.params.where ?? {}))])]);
};
const afterDelete = async (event: WriteEvent) => {
  await refresh(event.state.comments ?? []);
};

export default {
  beforeCreate: lockReported,
  beforeCreateMany: lockReported,
  afterCreate,
  afterCreateMany: afterCreate,
  beforeUpdate: readBefore,
  beforeUpdateMany: readBefore,
  afterUpdate,
  afterUpdateMany: afterUpdate,
  beforeDelete: readBefore,
  beforeDeleteMany: readBefore,
  afterDelete,
  afterDeleteMany: afterDelete,
};
