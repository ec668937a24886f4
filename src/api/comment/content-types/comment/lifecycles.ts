import type { Core } from '@strapi/strapi';
import { enforceCommentWrite } from '../../rules';
import { answersReports, currentActor, type Actor } from '../../../../actors';
import { closeReports, openReports, recordDecision } from '../../moderation/history';
import { commentChanges, emitAfterCommit, snapshotComments, type CommentSnapshot, type WriteAction } from '../../events';
import { discussionKey } from '../../tallies';
import type { ThreadWatch } from '../../services/tallies';
import { service } from '../../../../services';

/**
 * Database lifecycle hooks: the one layer every comment write crosses (REST, the admin UI's
 * content manager, the document service and strapi.db.query, one row or many). The comment rules
 * live here so no route or script can bypass them, and so do the moderation history and the one
 * domain event, announced after commit.
 */
declare const strapi: Core.Strapi;

type Data = Record<string, unknown>;
interface State {
  actor?: Actor;
  before?: CommentSnapshot[];
  watch?: ThreadWatch | null;
}
interface WriteEvent {
  params: { data?: Data | Data[]; where?: Record<string, unknown> };
  state: State;
  result?: { id?: number; ids?: number[]; count?: number } | null;
}

const each = (data: Data | Data[] | undefined): Data[] => (Array.isArray(data) ? data : data ? [data] : []);
const noteOf = (data: Data | undefined): string | null =>
  (typeof data?.moderationNote === 'string' && data.moderationNote.trim()) || null;

const tallies = () => service(strapi, 'api::comment.tallies');
const discussionsOf = (rows: CommentSnapshot[]) => rows.flatMap((row) => (row.article ? [discussionKey(row.article)] : []));
/** A write that can change what readers see of a thread: a decision, a move, a new parent. */
const movesThreads = (data: Data) => ['moderationStatus', 'article', 'parent'].some((key) => data[key] !== undefined);
const watchThreads = async (event: WriteEvent) => {
  const before = event.state.before ?? [];
  event.state.watch = await tallies().watchThreads(before.map((row) => row.id), discussionsOf(before));
};

const announce = (action: WriteAction, before: CommentSnapshot[], after: CommentSnapshot[]) =>
  emitAfterCommit(strapi, { subject: 'comment', action, comments: commentChanges(before, after) });

const beforeCreate = (event: WriteEvent) => {
  event.state.actor = currentActor(strapi);
  for (const row of each(event.params.data)) {
    enforceCommentWrite(row, 'create');
    row.moderatedBy ??= event.state.actor.label;
    row.moderatedAt ??= new Date();
  }
};

/** create answers the row, createMany `{ count, ids }`: either way, each new comment is recorded. */
const afterCreate = async (event: WriteEvent) => {
  const ids = event.result?.ids ?? (event.result?.id ? [event.result.id] : []);
  if (ids.length === 0) return;
  const rows = each(event.params.data);
  const created = await snapshotComments(strapi, { id: { $in: ids } });
  const actor = event.state.actor ?? currentActor(strapi);
  for (const comment of created) {
    const data = rows.length === ids.length ? rows[ids.indexOf(comment.id)] : rows[0];
    await recordDecision(strapi, { commentId: comment.id, from: null, to: comment.moderationStatus ?? 'pending', note: noteOf(data), actor });
  }
  await tallies().commentsCreated(ids, discussionsOf(created));
  await announce('create', [], created);
};

const beforeUpdate = async (event: WriteEvent) => {
  const data = each(event.params.data)[0] ?? {};
  enforceCommentWrite(data, 'update');
  event.state.before = await snapshotComments(strapi, event.params.where ?? {});
  if (movesThreads(data)) await watchThreads(event);
  if (data.moderationStatus === undefined) return;

  const actor = currentActor(strapi);
  event.state.actor = actor;
  data.moderatedBy = actor.label;
  data.moderatedAt = new Date();
};

const afterUpdate = async (event: WriteEvent) => {
  const before = event.state.before ?? [];
  if (before.length === 0) return;
  const data = each(event.params.data)[0] ?? {};
  const after = await snapshotComments(strapi, { id: { $in: before.map((row) => row.id) } });
  if (data.moderationStatus !== undefined) {
    const actor = event.state.actor ?? currentActor(strapi);
    const note = noteOf(data);
    const was = new Map(before.map((row) => [row.id, row.moderationStatus]));
    // A person's decision answers the readers' reports (their count follows: comment-report
    // lifecycles); restoring a reported comment is a decision on the trail even when its status stays.
    const reports = answersReports(actor) ? await openReports(strapi, after.map((row) => row.id)) : new Map<number, number[]>();
    for (const row of after) {
      const from = was.get(row.id) ?? null;
      const answered = reports.get(row.id) ?? [];
      if (row.moderationStatus && (row.moderationStatus !== from || note || answered.length)) {
        const decision = await recordDecision(strapi, { commentId: row.id, from, to: row.moderationStatus, note, actor });
        await closeReports(strapi, answered, decision);
      }
    }
  }
  if (event.state.watch) {
    await tallies().threadsChanged(event.state.watch, { relationsChanged: data.article !== undefined || data.parent !== undefined });
  }
  await announce('update', before, after);
};

const beforeDelete = async (event: WriteEvent) => {
  event.state.before = await snapshotComments(strapi, event.params.where ?? {});
  await watchThreads(event);
};
const afterDelete = async (event: WriteEvent) => {
  const before = event.state.before ?? [];
  if (before.length === 0) return;
  if (event.state.watch) await tallies().threadsChanged(event.state.watch, { relationsChanged: true, deleted: before.map((row) => row.id) });
  await announce('delete', before, []);
};

export default {
  beforeCreate,
  beforeCreateMany: beforeCreate,
  afterCreate,
  afterCreateMany: afterCreate,
  beforeUpdate,
  beforeUpdateMany: beforeUpdate,
  afterUpdate,
  afterUpdateMany: afterUpdate,
  beforeDelete,
  beforeDeleteMany: beforeDelete,
  afterDelete,
  afterDeleteMany: afterDelete,
};
