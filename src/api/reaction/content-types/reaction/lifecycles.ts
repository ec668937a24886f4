import type { Core } from '@strapi/strapi';
import { emitAfterCommit, reactionChanges, snapshotReactions, type ReactionSnapshot, type WriteAction } from '../../../comment/events';

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

const announce = (action: WriteAction, before: ReactionSnapshot[], after: ReactionSnapshot[]) =>
  emitAfterCommit(strapi, { subject: 'reaction', action, reactions: reactionChanges(before, after) });

const readBefore = async (event: WriteEvent) => {
  event.state.before = await snapshotReactions(strapi, event.params.where ?? {});
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
