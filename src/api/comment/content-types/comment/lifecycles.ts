import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { enforceCommentFields } from '../../rules';
import { currentActor, type Actor } from '../../moderation/actor';
import { recordDecision, resolveReports, statusesBefore, type StatusBefore } from '../../moderation/history';
import { emitCommentChanged } from '../../moderation/events';
import type { ModerationStatus } from '../../screening';

/**
 * Database lifecycle hooks: the one layer every comment write crosses (REST, the admin UI's
 * content manager, the document service and strapi.db.query alike). The comment rules live here
 * so no route or script can bypass them, and so does the moderation history.
 */
declare const strapi: Core.Strapi;

type Data = Record<string, unknown>;
interface State {
  actor?: Actor;
  before?: StatusBefore[];
}
interface WriteEvent {
  params: { data: Data | Data[]; where?: unknown };
  state: State;
  result?: { id?: number; ids?: number[]; moderationStatus?: ModerationStatus; count?: number };
}

const each = (data: Data | Data[]): Data[] => (Array.isArray(data) ? data : [data]);

const ARTICLE_REQUIRED = 'A comment belongs to an article: the article field is required.';

/**
 * Strapi does not enforce required relations, so this does. The relation arrives as an id
 * (strapi.db.query) or as { set | connect: [{ id }] } (document service, REST, admin UI).
 */
const linksAnArticle = (value: unknown): boolean => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return true;
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') {
    const relation = value as { id?: unknown; documentId?: unknown; set?: unknown[]; connect?: unknown[] };
    return Boolean(relation.id || relation.documentId || relation.set?.length || relation.connect?.length);
  }
  return false;
};

const enforceArticle = (data: Data, mode: 'create' | 'update'): void => {
  if (mode === 'update') {
    // An update that does not set the relation keeps the article it has.
    if (data.article === undefined) return;
    if (data.article && typeof data.article === 'object' && !('set' in (data.article as object))) return;
  }
  if (!linksAnArticle(data.article)) {
    throw new errors.ValidationError(ARTICLE_REQUIRED, {
      errors: [{ path: ['article'], message: ARTICLE_REQUIRED, name: 'ValidationError' }],
    });
  }
};

const noteOf = (data: Data): string | null => (typeof data.moderationNote === 'string' && data.moderationNote.trim()) || null;

const beforeCreate = (event: WriteEvent) => {
  event.state.actor = currentActor(strapi);
  for (const row of each(event.params.data)) {
    enforceCommentFields(row, 'create');
    enforceArticle(row, 'create');
    row.moderatedBy ??= event.state.actor.label;
    row.moderatedAt ??= new Date();
  }
};

const afterCreate = async (event: WriteEvent) => {
  const data = each(event.params.data)[0];
  const id = event.result?.id;
  if (!id) return;
  await recordDecision(strapi, {
    commentId: id,
    from: null,
    to: (event.result?.moderationStatus ?? data.moderationStatus ?? 'pending') as ModerationStatus,
    note: noteOf(data),
    actor: event.state.actor ?? currentActor(strapi),
  });
  emitCommentChanged(strapi, { action: 'created', commentIds: [id], status: event.result?.moderationStatus });
};

const beforeUpdate = async (event: WriteEvent) => {
  const data = each(event.params.data)[0];
  enforceCommentFields(data, 'update');
  enforceArticle(data, 'update');
  if (data.moderationStatus === undefined) return;

  const actor = currentActor(strapi);
  event.state.actor = actor;
  event.state.before = await statusesBefore(strapi, event.params.where);
  data.moderatedBy = actor.label;
  data.moderatedAt = new Date();
  // A person's decision answers the readers' reports; the report service sets its own count.
  if (actor.type !== 'system' && data.reportCount === undefined) data.reportCount = 0;
};

const afterUpdate = async (event: WriteEvent) => {
  const data = each(event.params.data)[0];
  const before = event.state.before;
  if (!before || data.moderationStatus === undefined) {
    const ids = event.result?.id ? [event.result.id] : [];
    if (ids.length) emitCommentChanged(strapi, { action: 'updated', commentIds: ids });
    return;
  }
  const actor = event.state.actor ?? currentActor(strapi);
  const to = data.moderationStatus as ModerationStatus;
  const note = noteOf(data);
  const decided = before.filter((row) => row.moderationStatus !== to || note);
  for (const row of decided) {
    await recordDecision(strapi, { commentId: row.id, from: row.moderationStatus, to, note, actor });
  }
  if (actor.type !== 'system') await resolveReports(strapi, before.map((row) => row.id));
  emitCommentChanged(strapi, { action: 'moderated', commentIds: before.map((row) => row.id), status: to });
};

export default {
  beforeCreate,
  afterCreate,
  beforeCreateMany: beforeCreate,
  beforeUpdate,
  afterUpdate,
  beforeUpdateMany: beforeUpdate,
  afterUpdateMany: afterUpdate,
  afterDelete(event: WriteEvent) {
    if (event.result?.id) emitCommentChanged(strapi, { action: 'deleted', commentIds: [event.result.id] });
  },
};
