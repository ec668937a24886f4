import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules } from '@strapi/strapi';
import type { Knex } from 'knex';
import { currentActor, type Actor } from '../../../actors';
import { ARTICLE, captureArticle } from './snapshot';
import { versionTable } from './table';

/**
 * Every save and publish of an article records a version, whatever the path: the admin panel,
 * REST with a token, the document service in a script, the scheduler. A document service
 * middleware, because every one of those paths is a document-service call (a write through
 * strapi.db.query is not a save of the article); it runs the write and the recording in one
 * transaction (Strapi's own transaction joins it), so a refused write records nothing and a
 * failed recording refuses the write. What counts as a version:
 *
 * - create, update: "save", the draft as saved (and "publish" too when the call also publishes);
 * - publish: "publish", each published locale as readers now get it;
 * - unpublish: "unpublish", the draft that is left; discardDraft: "discard", the draft it gives back.
 *
 * Deleting a document records nothing and keeps its versions: they are the record of what was.
 */
export type VersionEvent = 'save' | 'publish' | 'unpublish' | 'discard';
type Status = 'draft' | 'published';

interface Mark {
  documentId: string;
  locale: string;
  status: Status;
  event: VersionEvent;
}
interface Entry {
  documentId?: string;
  locale?: string | null;
}

const restoring = new AsyncLocalStorage<number>();

/** Runs a restore's write so that the version it records says which version it restored. */
export const asRestoreOf = <T>(versionId: number, work: () => Promise<T>): Promise<T> => restoring.run(versionId, work);

const entriesOf = (result: unknown): Entry[] => {
  if (!result || typeof result !== 'object') return [];
  const { entries } = result as { entries?: unknown };
  return (Array.isArray(entries) ? entries : [result]).filter((entry): entry is Entry => !!entry && typeof (entry as Entry).documentId === 'string');
};

/** The versions a document-service call made, from its action, parameters and result. */
export const marksOf = (action: string, params: { status?: string } | undefined, result: unknown): Mark[] => {
  const marks = (status: Status, event: VersionEvent) =>
    entriesOf(result)
      .filter((entry) => typeof entry.locale === 'string')
      .map((entry) => ({ documentId: entry.documentId as string, locale: entry.locale as string, status, event }));
  switch (action) {
    case 'create':
    case 'update':
      return params?.status === 'published' ? [...marks('draft', 'save'), ...marks('published', 'publish')] : marks('draft', 'save');
    case 'publish':
      return marks('published', 'publish');
    case 'unpublish':
      return marks('draft', 'unpublish');
    case 'discardDraft':
      return marks('draft', 'discard');
    default:
      return [];
  }
};

const keepDays = (strapi: Core.Strapi): number => Number(strapi.config.get('newsroom.articleVersions.keepDays') ?? 0);

/** Drops the document's versions older than the retention, keeping the latest of each locale. */
export const pruneVersions = async (strapi: Core.Strapi, trx: Knex | Knex.Transaction, documentId: string, now = new Date()): Promise<number> => {
  const days = keepDays(strapi);
  if (days <= 0) return 0;
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const latest = versionTable(strapi, trx).max('id').where({ document_id: documentId }).groupBy('locale');
  return versionTable(strapi, trx).where({ document_id: documentId }).where('created_at', '<', cutoff).whereNotIn('id', latest).delete();
};

const recordVersion = async (strapi: Core.Strapi, trx: Knex.Transaction, mark: Mark, actor: Actor): Promise<void> => {
  const content = await captureArticle(strapi, mark);
  if (!content) return;
  await versionTable(strapi, trx).insert({
    document_id: mark.documentId,
    locale: mark.locale,
    status: mark.status,
    event: mark.event,
    actor_type: actor.type,
    actor_label: actor.label.slice(0, 255),
    restored_from: mark.event === 'save' ? (restoring.getStore() ?? null) : null,
    created_at: new Date(),
    content: JSON.stringify(content),
  });
};

const ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft']);

export const recordVersionsOfWrites =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE || !ACTIONS.has(context.action)) return next();
    return strapi.db.transaction(async ({ trx }) => {
      const result = await next();
      const marks = marksOf(context.action, context.params as { status?: string } | undefined, result);
      if (marks.length === 0) return result;
      const actor = currentActor(strapi);
      for (const mark of marks) await recordVersion(strapi, trx, mark, actor);
      for (const documentId of new Set(marks.map((mark) => mark.documentId))) await pruneVersions(strapi, trx, documentId);
      return result;
    });
  };

const registered = new WeakSet<Core.Strapi>();

/** Installs the recording once per app instance. */
export const recordArticleVersions = (strapi: Core.Strapi): void => {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  strapi.documents.use(recordVersionsOfWrites(strapi));
};
