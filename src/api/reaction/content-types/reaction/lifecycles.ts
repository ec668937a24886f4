import type { Core } from '@strapi/strapi';
import { emitAfterCommit, reactionChanges, snapshotReactions, type ReactionSnapshot, type WriteAction } from '../../../comment/events';
import { service } from '../../../../services';
import { lockRows } from '../../../../database/sql';

/**
 * Every reaction write, by any path, announces itself once after commit with the article and the
 * value before and after: the page cache and counters read that, never the ballot.
 */
declare const strapi: Core.Strapi;

interface WriteEvent {
  params: { where?: Record<string, unknown> };
  state: { before?: ReactionSnapshot[] };
  result?: { id?: number; ids?: number[] } | null;
}

/** The likes and dislikes move with the write, in its transaction; then the write is announced. */
const announce = async (action: WriteAction, before: ReactionSnapshot[], after: ReactionSnapshot[]) => {
  const reactions = reactionChanges(before, after);
  await service(strapi, 'api::comment.tallies').reactionsChanged(reactions);
  await emitAfterCommit(strapi, { subject: 'reaction', action, reactions });
};

/** Locked before read: two writes to one ballot at once count from what the first left (database/sql.ts lockRows). */
const readBefore = async (event: WriteEvent) => {
  const rows = (await strapi.db.query('api::reaction.reaction').findMany({ where: event.params.where ?? {}, select: ['id'] })) as Array<{ id: number }>;
  const ids = rows.map((row) => row.id);
  await lockRows(strapi, 'api::reaction.reaction', ids);
  event.state.before = ids.length ? await snapshotReactions(strapi, { id: { $in: ids } }) : [];
};

const afterCreate = async (event: WriteEvent) => {
  const ids = event.result?.ids ?? (event.result?.id ? [event.result.id] : []);
  if (ids.length) await announce('create', [], await snapshotReactions(strapi, { id: { $in: ids } }));
};
const afterUpdate = async (event: WriteEvent) => {
  const before = event.state.before ?? [];
  if (before.length) await announce('update', before, await snapshotReactions(strapi, { id: { $in: before.map((row) => row.id) } }));
};
const afterDelete = async (event: WriteEvent) => {
  if (event.state.before?.length) await announce('delete', event.state.before, []);
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
