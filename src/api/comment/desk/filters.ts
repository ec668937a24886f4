import type { Core } from '@strapi/strapi';
import { quoteName, tableName } from '../../../database/sql';
import { discussionSchema } from '../tallies';
import type { DeskQueue } from './types';

/**
 * The desk's filters as one SQL condition over the comments table (alias c), shared by the queue
 * page's ids and the grouped count, so the page and its counts never disagree about what matches.
 * The article's filters (documentId, locale, section) pick discussion keys (documentId:locale, the
 * key discussionKey writes on every comment); the queue is a column of the comments_queue (or
 * comments_reported) index.
 */
export interface DeskFilter {
  article?: string;
  section?: string;
  locale?: string;
  q?: string;
}

export interface Condition {
  sql: string;
  bindings: Array<string | number>;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** `%` and `_` are text a moderator types, not wildcards. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const deskTables = (strapi: Core.Strapi) => {
  const s = discussionSchema(strapi);
  const articles = strapi.db.metadata.get('api::article.article');
  const sections = strapi.db.metadata.get('api::section.section');
  const comments = strapi.db.metadata.get('api::comment.comment');
  const onSection = (articles.attributes.section as unknown as { joinTable: JoinTable }).joinTable;
  const column = (meta: typeof comments, name: string) => quoteName((meta.attributes[name] as { columnName?: string }).columnName ?? name);
  return {
    ...s,
    sectionLink: tableName(strapi, onSection.name),
    sections: tableName(strapi, sections.tableName),
    articleOfSection: quoteName(onSection.joinColumn.name),
    sectionOfArticle: quoteName(onSection.inverseJoinColumn.name),
    sectionSlug: column(sections, 'slug'),
    body: column(comments, 'body'),
    authorName: column(comments, 'authorName'),
    authorEmail: column(comments, 'authorEmail'),
    createdAt: column(comments, 'createdAt'),
    commentDocumentId: column(comments, 'documentId'),
  };
};
export type DeskTables = ReturnType<typeof deskTables>;

/**
 * The discussions (documentId:locale keys) the article's filters pick: a subquery, or null when
 * no filter is on the article. Through the comment's discussion key (indexed) a story's own
 * comments are read by that index, not by testing every comment's link (a viral story has 200,000).
 */
export const discussionsOf = (t: DeskTables, filter: DeskFilter): Condition | null => {
  if (!filter.article && !filter.locale && !filter.section) return null;
  const inner: string[] = [];
  const bindings: Array<string | number> = [];
  let joins = '';
  if (filter.article) {
    inner.push(`a.${t.col.documentId} = ?`);
    bindings.push(filter.article);
  }
  if (filter.locale) {
    inner.push(`a.${t.col.locale} = ?`);
    bindings.push(filter.locale);
  }
  if (filter.section) {
    joins = ` JOIN ${t.sectionLink} sl ON sl.${t.articleOfSection} = a.id JOIN ${t.sections} s ON s.id = sl.${t.sectionOfArticle}`;
    inner.push(`s.${t.sectionSlug} = ?`);
    bindings.push(filter.section);
  }
  return { sql: `SELECT a.${t.col.documentId} || ':' || a.${t.col.locale} FROM ${t.articles} a${joins} WHERE ${inner.join(' AND ')}`, bindings };
};

/** The filters without the queue: what the five counts share. */
export const filterCondition = (t: DeskTables, filter: DeskFilter): Condition => {
  const parts: string[] = [];
  const bindings: Array<string | number> = [];
  const discussions = discussionsOf(t, filter);
  if (discussions) {
    parts.push(`c.${t.col.discussion} IN (${discussions.sql})`);
    bindings.push(...discussions.bindings);
  }
  if (filter.q) {
    const pattern = likePattern(filter.q);
    parts.push(`(LOWER(c.${t.body}) LIKE ? ESCAPE '\\' OR LOWER(c.${t.authorName}) LIKE ? ESCAPE '\\' OR LOWER(c.${t.authorEmail}) LIKE ? ESCAPE '\\')`);
    bindings.push(pattern, pattern, pattern);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', bindings };
};

/** One queue: a status, or open reports (the kept "reported" queue counts comments with reports open). */
export const queueCondition = (t: DeskTables, queue: DeskQueue): Condition =>
  queue === 'reported' ? { sql: `c.${t.col.reportCount} > 0`, bindings: [] } : { sql: `c.${t.col.status} = ?`, bindings: [queue] };

export const and = (...conditions: Condition[]): Condition => ({
  sql: conditions.map((c) => `(${c.sql})`).join(' AND '),
  bindings: conditions.flatMap((c) => c.bindings),
});
