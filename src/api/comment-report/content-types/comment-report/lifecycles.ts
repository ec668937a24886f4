import type { Core } from '@strapi/strapi';
import { service } from '../../../../services';

/**
 * Every report write, by any path, sets the open-report count of the comments it touches, in the
 * write's transaction: the "reported" queue and the threshold read that column, never a count.
 */
declare const strapi: Core.Strapi;

interface WriteEvent {
  params: { where?: Record<string, unknown> };
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
