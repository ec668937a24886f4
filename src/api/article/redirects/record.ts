import type { Core } from '@strapi/strapi';
import { inWriteTransaction } from '../../../database/sql';
import { redirectTable } from './table';

/**
 * Recording old addresses, from the article's lifecycle hooks: the one layer every write crosses
 * (REST, the admin panel, the document service, a script's strapi.db.query), so no write path
 * can change a slug without leaving its redirect. Before an update that sets a slug, the rows it
 * matches and their slugs are read; after it, those rows again: a slug that changed on a document
 * published before (a version with firstPublishedAt, which Strapi stamps on the draft at first
 * publication and keeps through unpublishing, or a published row) is recorded as the document's.
 * A draft-only article's slug is no address yet, so its changes record nothing.
 *
 * A published version of another document taking an old slug frees it: that article's own page
 * answers there, and the row would only send readers to the old one once it moves again. A
 * redirect to the document's own slug is kept (it answers there itself; the row is right again
 * if it moves away). A draft taking the slug frees nothing: until it is published, the old
 * address keeps leading to the article that left it.
 *
 * The rows are written in the write's transaction: a refused or failed write records nothing.
 */
declare const strapi: Core.Strapi;

const ARTICLE = 'api::article.article';
const REMEMBERED = 'redirects:before';

type Data = Record<string, unknown>;
interface SlugEvent {
  params: { data?: Data | Data[]; where?: Record<string, unknown> };
  state: Record<string, unknown>;
  result?: unknown;
}
interface SlugRow {
  id: number;
  documentId: string | null;
  slug: string | null;
  publishedAt?: string | Date | null;
}
interface Remembered {
  rows: SlugRow[];
  /** The documents among them published before the write. */
  published: string[];
}
/** A published version answering at `slug`. */
interface Taken {
  slug: string;
  documentId: string;
}

const each = (data: Data | Data[] | undefined): Data[] => (Array.isArray(data) ? data : data ? [data] : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** Of these documents, those with a version published now or once. */
const publishedDocuments = async (documentIds: string[]): Promise<string[]> => {
  if (documentIds.length === 0) return [];
  const rows = (await strapi.db.query(ARTICLE).findMany({
    select: ['documentId'],
    where: {
      documentId: { $in: documentIds },
      $or: [{ firstPublishedAt: { $notNull: true } }, { publishedAt: { $notNull: true } }],
    },
  })) as Array<{ documentId: string }>;
  return [...new Set(rows.map((row) => row.documentId))];
};

/** The published versions among written rows: the slugs they now answer at. */
const takenBy = (rows: Data[]): Taken[] =>
  rows.flatMap((row) => {
    const slug = text(row.slug);
    const documentId = text(row.documentId);
    return row.publishedAt && slug && documentId ? [{ slug, documentId }] : [];
  });

/** Frees the slugs now taken by other documents, then records the old slugs (slug → document). */
const write = async (taken: Taken[], moved: Map<string, string>): Promise<void> => {
  if (taken.length === 0 && moved.size === 0) return;
  await inWriteTransaction(strapi, async (trx) => {
    for (const { slug, documentId } of taken) {
      await redirectTable(strapi, trx).where({ slug }).whereNot({ document_id: documentId }).delete();
    }
    const now = new Date();
    for (const [slug, documentId] of moved) {
      await redirectTable(strapi, trx)
        .insert({ slug, document_id: documentId, created_at: now })
        .onConflict('slug')
        .merge(['document_id', 'created_at']);
    }
  });
};

/** Before an update that sets a slug: the rows it matches, their slugs, which documents were published. */
export const rememberSlugs = async (event: SlugEvent): Promise<void> => {
  // An update that does not name the slug cannot change it (publishing, most saves' other fields).
  if (!each(event.params.data).some((data) => data.slug !== undefined)) return;
  const rows = (await strapi.db.query(ARTICLE).findMany({
    select: ['id', 'documentId', 'slug'],
    where: event.params.where ?? {},
  })) as SlugRow[];
  if (rows.length === 0) return;
  const documents = [...new Set(rows.map((row) => row.documentId).filter((id): id is string => Boolean(id)))];
  const remembered: Remembered = { rows, published: await publishedDocuments(documents) };
  event.state[REMEMBERED] = remembered;
};

/** After the update: the same rows again, their old slugs recorded where they changed. */
export const recordMovedSlugs = async (event: SlugEvent): Promise<void> => {
  const before = event.state[REMEMBERED] as Remembered | undefined;
  if (!before) return;
  delete event.state[REMEMBERED];
  const after = (await strapi.db.query(ARTICLE).findMany({
    select: ['id', 'documentId', 'slug', 'publishedAt'],
    where: { id: { $in: before.rows.map((row) => row.id) } },
  })) as SlugRow[];
  const now = new Map(after.map((row) => [row.id, row]));
  const moved = new Map<string, string>();
  for (const row of before.rows) {
    const slugAfter = now.get(row.id)?.slug;
    if (!row.slug || !row.documentId || slugAfter === undefined || slugAfter === row.slug) continue;
    if (before.published.includes(row.documentId)) moved.set(row.slug, row.documentId);
  }
  await write(takenBy(after as unknown as Data[]), moved);
};

/** After a create: a published version (a publish creates one) takes its slug from any other document. */
export const freeTakenSlugs = async (event: SlugEvent): Promise<void> => {
  const result = event.result;
  const rows = result && typeof result === 'object' && 'slug' in result ? [result as Data] : each(event.params.data);
  await write(takenBy(rows), new Map());
};
