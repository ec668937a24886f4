import type { Core } from '@strapi/strapi';
import { encodeCursor } from '../../comment/services/thread';
import { quoteName, readConnection, rowsOf, tableName } from '../../../database/sql';
import type { ListPosition } from '../list-query';

/**
 * The one keyset list of published article versions, for every list of articles (a section
 * front, an author's page, a tag's list): the versions in a locale whose document is linked,
 * through any of the given relations of the article, to any of the given target documents.
 * Newest first by first publication, then id; a keyset range (no OFFSET), limit + 1 rows to know
 * whether a next page exists; one query whatever the page size.
 */

const ARTICLE = 'api::article.article';

/** The article's relations a list can follow (each has a join table in Strapi 5). */
export type ListedThrough = 'section' | 'sections' | 'byline' | 'tags';

export interface VersionPage {
  /** Article version row ids, in list order. */
  ids: number[];
  nextCursor: string | null;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * One page of the versions in `locale` linked through `through` to any of `targets`
   * (documentIds). The links are read from every published version of the document, so a
   * translation is listed where its original is (i18n keeps relations per locale version).
   */
  async pageOfVersions(options: {
    through: readonly ListedThrough[];
    targets: readonly string[];
    locale: string;
    after?: ListPosition;
    limit: number;
  }): Promise<VersionPage> {
    const { through, targets, locale, after, limit } = options;
    if (targets.length === 0 || through.length === 0) return { ids: [], nextCursor: null };
    const article = strapi.db.metadata.get(ARTICLE);
    type Meta = typeof article;
    const column = (meta: Meta, name: string) => quoteName((meta.attributes[name] as { columnName?: string }).columnName ?? name);
    const marks = targets.map(() => '?').join(', ');

    const link = (name: ListedThrough) => {
      const { joinTable, target } = article.attributes[name] as unknown as { joinTable: JoinTable; target: string };
      const other = strapi.db.metadata.get(target);
      return `SELECT x.${column(article, 'documentId')} FROM ${tableName(strapi, article.tableName)} x
                JOIN ${tableName(strapi, joinTable.name)} l ON l.${quoteName(joinTable.joinColumn.name)} = x.id
                JOIN ${tableName(strapi, other.tableName)} t ON t.id = l.${quoteName(joinTable.inverseJoinColumn.name)}
               WHERE x.${column(article, 'publishedAt')} IS NOT NULL AND t.${column(other, 'documentId')} IN (${marks})`;
    };
    const published = `COALESCE(a.${column(article, 'firstPublishedAt')}, a.${column(article, 'publishedAt')})`;
    // A Date binding is a timestamp on PostgreSQL and epoch milliseconds on SQLite, as Strapi stores them.
    const at = after ? new Date(after.createdAt) : null;
    const rows = rowsOf<{ id: number | string; published: string | Date | number }>(
      await readConnection(strapi, (db) =>
        db.raw(
          `SELECT a.id AS id, ${published} AS published FROM ${tableName(strapi, article.tableName)} a
            WHERE a.${column(article, 'locale')} = ? AND a.${column(article, 'publishedAt')} IS NOT NULL
              AND a.${column(article, 'documentId')} IN (${through.map(link).join(' UNION ')})
              ${at ? `AND (${published} < ? OR (${published} = ? AND a.id < ?))` : ''}
            ORDER BY ${published} DESC, a.id DESC
            LIMIT ?`,
          [locale, ...through.flatMap(() => targets), ...(at && after ? [at, at, after.id] : []), limit + 1]
        )
      )
    );
    const page = rows.slice(0, limit).map((row) => ({ id: Number(row.id), published: new Date(row.published).toISOString() }));
    const last = page[page.length - 1];
    return {
      ids: page.map((row) => row.id),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.published, id: last.id }) : null,
    };
  },
});
