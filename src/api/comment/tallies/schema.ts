import type { Core } from '@strapi/strapi';
import { quoteName, tableName } from '../../../database/sql';

/**
 * The tables and columns the discussion figures are kept from, read off Strapi's metadata (link
 * tables and column names are Strapi's), schema-qualified for raw SQL: the query builder adds
 * DATABASE_SCHEMA itself, raw SQL does not.
 */
export const TALLY_TABLE = 'discussion_tallies';
export const QUEUE_TABLE = 'moderation_queue_tallies';
export const DISCUSSION_QUEUE_TABLE = 'moderation_discussion_queues';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

export interface DiscussionSchema {
  client: string;
  /** Quoted, schema-qualified table names. */
  comments: string;
  parentLink: string;
  articleLink: string;
  articles: string;
  reactions: string;
  reactionLink: string;
  reports: string;
  reportLink: string;
  tallies: string;
  queues: string;
  /** The queue sizes of each discussion (the desk's counts for a story). */
  discussionQueues: string;
  /** Quoted column names. */
  col: {
    status: string;
    discussion: string;
    depth: string;
    thread: string;
    reportCount: string;
    documentId: string;
    locale: string;
    value: string;
    resolved: string;
    /** parent link: the reply, its parent */
    reply: string;
    parent: string;
    /** article link: the comment, its article row */
    commentOfArticle: string;
    articleOfComment: string;
    reactionOfArticle: string;
    articleOfReaction: string;
    report: string;
    commentOfReport: string;
  };
}

export const discussionSchema = (strapi: Core.Strapi): DiscussionSchema => {
  const table = (name: string) => tableName(strapi, name);
  const comments = strapi.db.metadata.get('api::comment.comment');
  const articles = strapi.db.metadata.get('api::article.article');
  const reactions = strapi.db.metadata.get('api::reaction.reaction');
  const reports = strapi.db.metadata.get('api::comment-report.comment-report');
  type Meta = typeof comments;
  const join = (meta: Meta, name: string) => (meta.attributes[name] as unknown as { joinTable: JoinTable }).joinTable;
  const column = (meta: Meta, name: string) => quoteName((meta.attributes[name] as { columnName?: string }).columnName ?? name);
  const parent = join(comments, 'parent');
  const onArticle = join(comments, 'article');
  const reactionOn = join(reactions, 'article');
  const reportOn = join(reports, 'comment');
  return {
    client: strapi.db.dialect.client,
    comments: table(comments.tableName),
    parentLink: table(parent.name),
    articleLink: table(onArticle.name),
    articles: table(articles.tableName),
    reactions: table(reactions.tableName),
    reactionLink: table(reactionOn.name),
    reports: table(reports.tableName),
    reportLink: table(reportOn.name),
    tallies: table(TALLY_TABLE),
    queues: table(QUEUE_TABLE),
    discussionQueues: table(DISCUSSION_QUEUE_TABLE),
    col: {
      status: column(comments, 'moderationStatus'),
      discussion: column(comments, 'discussion'),
      depth: column(comments, 'depth'),
      thread: column(comments, 'thread'),
      reportCount: column(comments, 'reportCount'),
      documentId: column(articles, 'documentId'),
      locale: column(articles, 'locale'),
      value: column(reactions, 'value'),
      resolved: column(reports, 'resolved'),
      reply: quoteName(parent.joinColumn.name),
      parent: quoteName(parent.inverseJoinColumn.name),
      commentOfArticle: quoteName(onArticle.joinColumn.name),
      articleOfComment: quoteName(onArticle.inverseJoinColumn.name),
      reactionOfArticle: quoteName(reactionOn.joinColumn.name),
      articleOfReaction: quoteName(reactionOn.inverseJoinColumn.name),
      report: quoteName(reportOn.joinColumn.name),
      commentOfReport: quoteName(reportOn.inverseJoinColumn.name),
    },
  };
};

/** The key of one article version's discussion: comments and votes belong to a locale's version. */
export const discussionKey = (article: { documentId: string; locale: string }): string => `${article.documentId}:${article.locale}`;

export { inWriteTransaction, readConnection, rowsOf } from '../../../database/sql';
