import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentActor } from '../../../actors';
import { settleNotes, type NoteChange, type StoredNote } from './notes';

/**
 * Corrections and updates (the article's localized `corrections`, component article.correction),
 * on every write path:
 *
 * - The document service (REST, the admin panel, scripts): a middleware settles the notes of each
 *   create or update that writes them (./notes.ts): new notes stamped with now and who acted
 *   (src/actors), stored ones keeping their own time and author, bad notes a 400 before anything
 *   is written; and it records each stored note edited or removed (api::note-change) in the
 *   article write's transaction, so a refused write leaves no record and a record never lacks
 *   its write. Notes belong to a locale version: the stored notes are the draft's of that locale.
 * - strapi.db.query: a note row written outside the document service is stamped the same way and
 *   checked; changing or deleting one there is refused, because only the document service knows
 *   the article and locale whose record it must go into.
 *
 * Publishing copies the draft's notes (with their time and author) into the published version, so
 * readers see a note once the version carrying it is published.
 */
const ARTICLE = 'api::article.article';
const NOTE = 'article.correction';
const NOTE_CHANGE = 'api::note-change.note-change';
const WRITES = new Set(['create', 'update']);

type Data = Record<string, unknown>;
interface WriteParams {
  documentId?: string;
  locale?: string;
  data?: Data;
}

/** Set while the document service works on an article: its own writes of note rows are the middleware's. */
const inDocumentService = new AsyncLocalStorage<true>();

const noteLimit = (strapi: Core.Strapi): number =>
  (strapi.components[NOTE].attributes as Record<string, { maxLength?: number }>).text?.maxLength ?? 2000;

const stampNow = (strapi: Core.Strapi) => ({ at: new Date().toISOString(), by: currentActor(strapi).label });

const defaultLocale = async (strapi: Core.Strapi): Promise<string> =>
  ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string | null) || 'en';

/** The notes of the version a write changes: the draft of that document and locale (none for a new one). */
const storedNotes = async (strapi: Core.Strapi, action: string, params: WriteParams): Promise<{ locale: string; notes: StoredNote[] }> => {
  const locale = params.locale || (await defaultLocale(strapi));
  if (action !== 'update' || !params.documentId) return { locale, notes: [] };
  const draft = (await strapi.db.query(ARTICLE).findOne({
    select: ['id'],
    where: { documentId: params.documentId, locale, publishedAt: null },
    populate: { corrections: true },
  })) as { corrections?: StoredNote[] } | null;
  return { locale, notes: draft?.corrections ?? [] };
};

const record = async (strapi: Core.Strapi, article: string, locale: string, changes: NoteChange[]) => {
  if (changes.length === 0) return;
  const { at, by } = stampNow(strapi);
  for (const change of changes) {
    await strapi.db.query(NOTE_CHANGE).create({ data: { article, articleLocale: locale, ...change, by, at } });
  }
};

export const settleCorrections =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as WriteParams | undefined;
    const data = params?.data;
    if (!WRITES.has(context.action) || !data || data.corrections === undefined) return inDocumentService.run(true, next);

    return inDocumentService.run(true, () =>
      strapi.db.transaction(async () => {
        const { locale, notes: stored } = await storedNotes(strapi, context.action, params);
        const { notes, changes } = settleNotes(data.corrections, stored, stampNow(strapi), noteLimit(strapi));
        context.params = { ...params, data: { ...data, corrections: notes } } as typeof context.params;
        const result = await next();
        const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
        if (documentId) await record(strapi, documentId, locale, changes);
        return result;
      })
    );
  };

interface NoteEvent {
  params: { data?: Data | Data[] };
}

const refuseRawChange = () => {
  if (inDocumentService.getStore()) return;
  throw new errors.ValidationError(
    'A note is changed or removed by saving the article (the admin panel, REST or the document service), which records the change.'
  );
};

/** A note row made with strapi.db.query: stamped and checked like a new note of the document service. */
const stampRawNote = (strapi: Core.Strapi) => (event: NoteEvent) => {
  if (inDocumentService.getStore()) return;
  const rows = Array.isArray(event.params.data) ? event.params.data : event.params.data ? [event.params.data] : [];
  for (const row of rows) {
    const [note] = settleNotes([{ type: row.type, text: row.text }], [], stampNow(strapi), noteLimit(strapi)).notes;
    Object.assign(row, note);
  }
};

const registered = new WeakSet<Core.Strapi>();

/** Installs the middleware and the note rows' lifecycles once per app instance. */
export const keepCorrectionsOnRecord = (strapi: Core.Strapi): void => {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  strapi.documents.use(settleCorrections(strapi));
  strapi.db.lifecycles.subscribe({
    models: [NOTE],
    beforeCreate: stampRawNote(strapi),
    beforeCreateMany: stampRawNote(strapi),
    beforeUpdate: refuseRawChange,
    beforeUpdateMany: refuseRawChange,
    beforeDelete: refuseRawChange,
    beforeDeleteMany: refuseRawChange,
  });
};
