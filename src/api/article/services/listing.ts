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
    const articles = tableName(strapi, article.tableName);
    const published = `COALESCE(a.${column(article, 'firstPublishedAt')}, a.${column(article, 'publishedAt')})`;
    // A Date binding is a timestamp on PostgreSQL and epoch milliseconds on SQLite, as Strapi stores them.
    const at = after ? new Date(after.createdAt) : null;

    // One relation's page: the versions in the locale whose document is linked through it, newest
    // first. The semi-join (IN over a plain join) lets the planner take either road: down the
    // articles_listing index (locale, first publication, id; published rows), checking each row's
    // links, until the page is full (a front, a big section); or from the targets' links to their
    // few versions, then a sort of those (a small section, an author, a tag). The cursor is also a
    // range on the index (published <= ?), so a deep page starts where it is, not at the top.
    const branch = (name: ListedThrough) => {
      const { joinTable, target } = article.attributes[name] as unknown as { joinTable: JoinTable; target: string };
      const other = strapi.db.metadata.get(target);
      return {
        sql: `SELECT a.id AS id, ${published} AS published FROM ${articles} a
               WHERE a.${column(article, 'locale')} = ? AND a.${column(article, 'publishedAt')} IS NOT NULL
                 AND a.${column(article, 'documentId')} IN (
                   SELECT x.${column(article, 'documentId')} FROM ${articles} x
                     JOIN ${tableName(strapi, joinTable.name)} l ON l.${quoteName(joinTable.joinColumn.name)} = x.id
                     JOIN ${tableName(strapi, other.tableName)} t ON t.id = l.${quoteName(joinTable.inverseJoinColumn.name)}
                    WHERE x.${column(article, 'publishedAt')} IS NOT NULL AND t.${column(other, 'documentId')} IN (${marks}))
                 ${at ? `AND ${published} <= ? AND (${published} < ? OR (${published} = ? AND a.id < ?))` : ''}
               ORDER BY ${published} DESC, a.id DESC
               LIMIT ?`,
        bindings: [locale, ...targets, ...(at && after ? [at, at, at, after.id] : []), limit + 1],
      };
    };
    // Several relations: each one's page, then the newest of them (a version linked through two
    // relations is one row). Each branch keeps its own road; a UNION under one IN would not.
    const branches = through.map(branch);
    const query =
      branches.length === 1
        ? branches[0]
        : {
            sql: `${branches.map((b, i) => `SELECT b${i}.id, b${i}.published FROM (${b.sql}) b${i}`).join(' UNION ')}
                  ORDER BY published DESC, id DESC LIMIT ?`,
            bindings: [...branches.flatMap((b) => b.bindings), limit + 1],
          };
    const rows = rowsOf<{ id: number | string; published: string | Date | number }>(
      await readConnection(strapi, (db) => db.raw(query.sql, query.bindings))
    );
    const page = rows.slice(0, limit).map((row) => ({ id: Number(row.id), published: new Date(row.published).toISOString() }));
    const last = page[page.length - 1];
    return {
      ids: page.map((row) => row.id),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.published, id: last.id }) : null,
    };
  },
});
