import type { Core } from '@strapi/strapi';
import type { ModerationStatus } from '../screening';
import type { ArticleRef, CommentChange, ReactionChange } from './types';
import { isVisibleStatus } from './visibility';

/**
 * The rows a write touches, read before and after it in the write's own transaction (one query
 * each, whatever the number of rows), turned into the changes the domain event carries.
 */
export interface CommentSnapshot {
  id: number;
  documentId: string;
  moderationStatus: ModerationStatus | null;
  article: ArticleRef | null;
}

export interface ReactionSnapshot {
  id: number;
  value: 'like' | 'dislike' | null;
  article: ArticleRef | null;
}

type Where = Record<string, unknown>;
const ARTICLE = { article: { select: ['documentId', 'locale'] } };

const refOf = (article: unknown): ArticleRef | null => {
  const row = (Array.isArray(article) ? article[0] : article) as Partial<ArticleRef> | null | undefined;
  return row?.documentId && row.locale ? { documentId: row.documentId, locale: row.locale } : null;
};

export const snapshotComments = async (strapi: Core.Strapi, where: Where): Promise<CommentSnapshot[]> => {
  const rows = (await strapi.db.query('api::comment.comment').findMany({
    where,
    select: ['id', 'documentId', 'moderationStatus'],
    populate: ARTICLE,
  })) as Array<Omit<CommentSnapshot, 'article'> & { article?: unknown }>;
  return rows.map((row) => ({ id: row.id, documentId: row.documentId, moderationStatus: row.moderationStatus, article: refOf(row.article) }));
};

export const snapshotReactions = async (strapi: Core.Strapi, where: Where): Promise<ReactionSnapshot[]> => {
  const rows = (await strapi.db.query('api::reaction.reaction').findMany({
    where,
    select: ['id', 'value'],
    populate: ARTICLE,
  })) as Array<Omit<ReactionSnapshot, 'article'> & { article?: unknown }>;
  return rows.map((row) => ({ id: row.id, value: row.value, article: refOf(row.article) }));
};

const sameArticle = (a: ArticleRef | null, b: ArticleRef | null) => a?.documentId === b?.documentId && a?.locale === b?.locale;

/** Pairs the rows before and after a write by id; a row missing on one side was created or deleted. */
export const commentChanges = (before: CommentSnapshot[], after: CommentSnapshot[]): CommentChange[] => {
  const earlier = new Map(before.map((row) => [row.id, row]));
  const later = new Map(after.map((row) => [row.id, row]));
  const ids = [...new Set([...earlier.keys(), ...later.keys()])];
  return ids.map((id) => {
    const was = earlier.get(id) ?? null;
    const is = later.get(id) ?? null;
    const article = (is ?? was)?.article ?? null;
    const change: CommentChange = {
      id,
      documentId: (is ?? was)!.documentId,
      article,
      status: { before: was?.moderationStatus ?? null, after: is?.moderationStatus ?? null },
      visible: { before: isVisibleStatus(was?.moderationStatus), after: isVisibleStatus(is?.moderationStatus) },
    };
    if (was && is && !sameArticle(was.article, is.article)) change.articleBefore = was.article;
    return change;
  });
};

export const reactionChanges = (before: ReactionSnapshot[], after: ReactionSnapshot[]): ReactionChange[] => {
  const earlier = new Map(before.map((row) => [row.id, row]));
  const later = new Map(after.map((row) => [row.id, row]));
  return [...new Set([...earlier.keys(), ...later.keys()])].map((id) => {
    const was = earlier.get(id) ?? null;
    const is = later.get(id) ?? null;
    return { id, article: (is ?? was)?.article ?? null, value: { before: was?.value ?? null, after: is?.value ?? null } };
  });
};
