import type { Core } from '@strapi/strapi';
import { VISIBLE_STATUS } from '../events/visibility';
import type { ArticleRef } from './thread';

/**
 * What readers see of a discussion: an approved comment under approved ancestors, at most
 * `maxDepth` replies deep. A hidden comment hides its replies, so the count says what the page
 * shows. One recursive query (SQLite and PostgreSQL alike): a filter with one join per level
 * made PostgreSQL plan a 17-table join, seconds per request. DISTINCT: a comment is linked to both
 * the draft and the published row of its article.
 */
interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

export const countVisibleComments = async (strapi: Core.Strapi, article: ArticleRef, maxDepth: number): Promise<number> => {
  const comments = strapi.db.metadata.get('api::comment.comment');
  const articles = strapi.db.metadata.get('api::article.article');
  const joinOf = (name: string) => (comments.attributes[name] as unknown as { joinTable: JoinTable }).joinTable;
  const columnOf = (meta: typeof comments, name: string) =>
    (meta.attributes[name] as { columnName?: string }).columnName ?? name;
  const onArticle = joinOf('article');
  const toParent = joinOf('parent');
  const status = columnOf(comments, 'moderationStatus');
  // Raw SQL does not get the query builder's schema (DATABASE_SCHEMA): name it.
  const schema = strapi.db.getSchemaName();
  const table = (name: string) => (schema ? `${schema}.${name}` : name);

  const rows = (await strapi.db.connection.raw(
    `WITH RECURSIVE visible (id, depth) AS (
       SELECT DISTINCT c.id, 0 FROM ?? c
         JOIN ?? ca ON ca.?? = c.id
         JOIN ?? a ON a.id = ca.??
         LEFT JOIN ?? cp ON cp.?? = c.id
        WHERE a.?? = ? AND a.?? = ? AND c.?? = ? AND cp.?? IS NULL
       UNION
       SELECT c.id, v.depth + 1 FROM ?? c
         JOIN ?? cp ON cp.?? = c.id
         JOIN visible v ON v.id = cp.??
        WHERE c.?? = ? AND v.depth < ?
     )
     SELECT COUNT(DISTINCT id) AS visible FROM visible`,
    [
      table(comments.tableName),
      table(onArticle.name), onArticle.joinColumn.name,
      table(articles.tableName), onArticle.inverseJoinColumn.name,
      table(toParent.name), toParent.joinColumn.name,
      columnOf(articles, 'documentId'), article.documentId, columnOf(articles, 'locale'), article.locale, status, VISIBLE_STATUS,
      toParent.joinColumn.name,
      table(comments.tableName),
      table(toParent.name), toParent.joinColumn.name,
      toParent.inverseJoinColumn.name,
      status, VISIBLE_STATUS, maxDepth,
    ]
  )) as { rows?: Array<{ visible: string | number }> } | Array<{ visible: string | number }>;
  // node-postgres answers { rows }, better-sqlite3 the rows themselves.
  const first = Array.isArray(rows) ? rows[0] : rows.rows?.[0];
  return Number(first?.visible ?? 0);
};
