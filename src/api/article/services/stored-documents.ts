import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ASSEMBLY_POPULATE, sourcesOf, type StoredArticle } from '../assembly/document';
import { STORED_DOCUMENTS, STORED_EPOCH, STORED_SOURCES } from '../stored-documents/table';
import { inWriteTransaction } from '../../../database/sql';
import { service } from '../../../services';

/**
 * Stored documents, the way large news APIs serve articles: the published version with everything
 * its page shows (byline, hero image and its file, body blocks, quotes and their speakers, tags),
 * kept as one row and read in one query, instead of a populate of some fifteen queries per
 * request. Shared by every instance through the database, so a fresh instance starts warm.
 *
 * - A reader who finds no row builds it (once per instance at a time) and stores it.
 * - Any write to a document a stored one shows (the article itself, an image, its file, a quote,
 *   a speaker, an author, a tag) drops the rows that show it, inside the write's transaction
 *   (article-cache/invalidation.ts calls `drop` from the same lifecycles that drop cached pages).
 * - Each such write also moves one counter before it drops, and a reader stores what it built
 *   only if the counter has not moved since it began reading: on PostgreSQL the reader's check
 *   takes a share lock on the counter, so it waits for a write in flight and then sees it moved.
 *   A document read before a change is therefore never stored after it. (SQLite has one writer.)
 *
 * The discussion (counts, comment pages) is not stored: it is read live, in constant time
 * (api::comment.tallies, api::comment.thread).
 */

interface StoredRow {
  document: string;
}

export interface DocumentAddress {
  slug: string;
  locale: string;
}

/** A version as the document service populates it, a draft's publishedAt null. */
type UnpublishedArticle = Omit<StoredArticle, 'publishedAt'> & { publishedAt: string | Date | null };

/** One version of a document, as the admin panel names it. */
export interface DocumentVersion {
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const table = (db: Knex | Knex.Transaction, name: string) => {
    const schema = strapi.db.getSchemaName();
    return schema ? db(name).withSchema(schema) : db(name);
  };
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  /**
   * One build per address at a time on this instance. A settled build stays here while readers
   * whose row read began before it settled are still waiting for that read: in a burst their
   * reads may have seen "no row" just before the build committed, and they take its result
   * instead of building again. The entry goes when the last of them has answered.
   */
  interface Build {
    promise: Promise<StoredArticle | null>;
    settledAt?: number;
  }
  const builds = new Map<string, Build>();
  const readingRow = new Map<string, number>();
  let clock = 0;
  const forgetSettled = (key: string) => {
    if (readingRow.get(key)) return;
    if (builds.get(key)?.settledAt !== undefined) builds.delete(key);
  };

  const readEpoch = async (db: Knex | Knex.Transaction, lock: boolean): Promise<string> => {
    const query = table(db, STORED_EPOCH).select('changes').where({ id: 1 });
    const row = (await (lock && isPostgres() ? query.forShare() : query).first()) as { changes: number | string } | undefined;
    return String(row?.changes ?? 0);
  };

  const load = (address: DocumentAddress): Promise<StoredArticle | null> =>
    strapi.documents('api::article.article').findFirst({
      filters: { slug: address.slug },
      locale: address.locale,
      status: 'published',
      populate: ASSEMBLY_POPULATE,
    }) as unknown as Promise<StoredArticle | null>;

  /** One version by document, with the same populate; a draft has no publishedAt. */
  const loadVersion = (version: DocumentVersion): Promise<UnpublishedArticle | null> =>
    strapi.documents('api::article.article').findOne({
      documentId: version.documentId,
      locale: version.locale,
      status: version.status,
      populate: ASSEMBLY_POPULATE,
    }) as unknown as Promise<UnpublishedArticle | null>;

  const store = async (document: StoredArticle, readAt: string): Promise<boolean> =>
    (await strapi.db.connection.transaction(async (trx) => {
      if ((await readEpoch(trx, true)) !== readAt) return false;
      await table(trx, STORED_DOCUMENTS)
        .insert({
          document_id: document.documentId,
          locale: document.locale,
          slug: document.slug,
          document: JSON.stringify(document),
          stored_at: new Date(),
        })
        .onConflict(['document_id', 'locale'])
        .ignore();
      const sources = sourcesOf(document).map((source) => ({ document_id: document.documentId, locale: document.locale, source }));
      await table(trx, STORED_SOURCES).insert(sources).onConflict(['document_id', 'locale', 'source']).ignore();
      return true;
    })) as boolean;

  /** The document's other published locale versions, for the page's language links. */
  const translationsOf = async (document: StoredArticle): Promise<Array<{ locale: string; title: string }>> =>
    (await strapi.db.query('api::article.article').findMany({
      select: ['locale', 'title'],
      where: { documentId: document.documentId, locale: { $ne: document.locale }, publishedAt: { $notNull: true } },
      orderBy: { locale: 'asc' },
    })) as Array<{ locale: string; title: string }>;

  /** What a stored document adds to the version: its placement and its languages. */
  const complete = async (document: StoredArticle): Promise<StoredArticle> => {
    document.placement = await service(strapi, 'api::article.placement').of(document);
    document.translations = await translationsOf(document);
    return document;
  };

  const build = async (address: DocumentAddress): Promise<StoredArticle | null> => {
    const readAt = await readEpoch(strapi.db.connection, false);
    const document = await load(address);
    if (!document) return null;
    await complete(document);
    await store(document, readAt);
    return document;
  };

  return {
    /** The published version at this address, from its stored row, or built and stored now. */
    async find(address: DocumentAddress): Promise<StoredArticle | null> {
      const key = `${address.slug}\n${address.locale}`;
      const startedAt = ++clock;
      readingRow.set(key, (readingRow.get(key) ?? 0) + 1);
      let row: StoredRow | undefined;
      try {
        row = (await table(strapi.db.connection, STORED_DOCUMENTS)
          .select('document')
          .where({ slug: address.slug, locale: address.locale })
          .first()) as StoredRow | undefined;
      } finally {
        const left = (readingRow.get(key) ?? 1) - 1;
        if (left > 0) readingRow.set(key, left);
        else readingRow.delete(key);
      }
      if (row) {
        forgetSettled(key);
        return JSON.parse(row.document) as StoredArticle;
      }

      // A burst of readers of an article just published: one of them builds it on this instance.
      const current = builds.get(key);
      if (current && (current.settledAt === undefined || startedAt < current.settledAt)) {
        forgetSettled(key);
        return current.promise;
      }
      const entry: Build = {
        promise: build(address).finally(() => {
          entry.settledAt = ++clock;
          forgetSettled(key);
        }),
      };
      builds.set(key, entry);
      return entry.promise;
    },

    /**
     * A version (a draft, for the preview) as its stored document would hold it once published
     * `at`: built now and never stored, so nothing a reader is served changes.
     */
    async unstored(version: DocumentVersion, at: Date): Promise<StoredArticle | null> {
      const document = await loadVersion(version);
      if (!document) return null;
      return complete({ ...document, publishedAt: document.publishedAt ?? at });
    },

    /**
     * Drops the stored documents that show any of these documents (`article:<documentId>`,
     * `image:...`, `file:...`, ...), in the caller's transaction; the next reader rebuilds them.
     */
    async drop(sources: string[]): Promise<void> {
      if (sources.length === 0) return;
      await inWriteTransaction(strapi, async (trx) => {
        // First the counter (its row lock is held to the commit), then the rows: see above.
        await table(trx, STORED_EPOCH).where({ id: 1 }).increment('changes', 1);
        const shown = (await table(trx, STORED_SOURCES).distinct('document_id', 'locale').whereIn('source', sources)) as Array<{
          document_id: string;
          locale: string;
        }>;
        if (shown.length === 0) return;
        const keys = shown.map((row) => [row.document_id, row.locale]);
        await table(trx, STORED_SOURCES).whereIn(['document_id', 'locale'], keys).delete();
        await table(trx, STORED_DOCUMENTS).whereIn(['document_id', 'locale'], keys).delete();
      });
    },

    /** Drops every stored document (after a bulk import straight into the database: `npm run recount`); answers how many. */
    async dropAll(): Promise<number> {
      return inWriteTransaction(strapi, async (trx) => {
        await table(trx, STORED_EPOCH).where({ id: 1 }).increment('changes', 1);
        await table(trx, STORED_SOURCES).delete();
        return Number(await table(trx, STORED_DOCUMENTS).delete());
      });
    },
  };
};
