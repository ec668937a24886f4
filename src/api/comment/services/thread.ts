import type { Core } from '@strapi/strapi';
import type { CommentView } from '../../article/assembly/types';
import { fieldError } from '../../../validation/field-error';
import { VISIBLE_STATUS } from '../events/visibility';
import { countVisibleComments } from './visible-count';

/**
 * Reads the approved comments of one article version, threaded, a page of top-level comments at
 * a time (oldest first, like a conversation). The query count is bounded by the reply depth,
 * never by the number of comments.
 */

export interface ArticleRef {
  documentId: string;
  locale: string;
}

interface Cursor {
  createdAt: string;
  id: number;
}

interface CommentRow {
  id: number;
  documentId: string;
  authorName: string;
  body: string;
  createdAt: string | Date;
  parent?: { id: number } | null;
}

const UID = 'api::comment.comment';
const FIELDS = ['id', 'documentId', 'authorName', 'body', 'createdAt'];

export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export const decodeCursor = (value: string): Cursor => {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof parsed.createdAt === 'string' && !Number.isNaN(Date.parse(parsed.createdAt)) && Number.isInteger(parsed.id)) {
      return { createdAt: parsed.createdAt, id: parsed.id as number };
    }
  } catch {
    // fall through to the error below
  }
  throw fieldError('cursor', 'The cursor is not valid: use the nextCursor value of a previous page.', 'Invalid cursor.');
};

const iso = (value: string | Date): string => new Date(value).toISOString();

const toView = (row: CommentRow): CommentView => ({
  id: row.documentId,
  authorName: row.authorName,
  body: row.body,
  createdAt: iso(row.createdAt),
  replies: [],
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.config.get('newsroom.comments') as { pageSize: number; maxDepth: number };
  const ofArticle = (article: ArticleRef) => ({ article: { documentId: article.documentId, locale: article.locale } });

  return {
    /** The comments of the article readers see, replies included: the "N Comment(s)" figure. */
    async countVisible(article: ArticleRef): Promise<number> {
      return countVisibleComments(strapi, article, settings().maxDepth);
    },

    async listApproved(
      article: ArticleRef,
      options: { cursor?: string | null; limit?: number } = {}
    ): Promise<{ items: CommentView[]; nextCursor: string | null }> {
      const { pageSize, maxDepth } = settings();
      const limit = Math.min(Math.max(options.limit ?? pageSize, 1), 100);
      const after = options.cursor ? decodeCursor(options.cursor) : null;

      const where: Record<string, unknown> = {
        ...ofArticle(article),
        moderationStatus: VISIBLE_STATUS,
        parent: { id: { $null: true } },
      };
      if (after) {
        where.$or = [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, id: { $gt: after.id } }];
      }
      const rows = (await strapi.db.query(UID).findMany({
        select: FIELDS,
        where,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        limit: limit + 1,
      })) as CommentRow[];

      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const nextCursor = rows.length > limit && last ? encodeCursor({ createdAt: iso(last.createdAt), id: last.id }) : null;

      // Replies, one level per query: approved replies to comments already shown.
      const items = page.map(toView);
      let level = new Map(page.map((row, i) => [row.id, items[i]]));
      for (let depth = 1; depth <= maxDepth && level.size > 0; depth += 1) {
        const replies = (await strapi.db.query(UID).findMany({
          select: FIELDS,
          where: { moderationStatus: VISIBLE_STATUS, parent: { id: { $in: [...level.keys()] } } },
          populate: { parent: { select: ['id'] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        })) as CommentRow[];
        const next = new Map<number, CommentView>();
        for (const reply of replies) {
          const parent = reply.parent ? level.get(reply.parent.id) : undefined;
          if (!parent) continue;
          const view = toView(reply);
          parent.replies.push(view);
          next.set(reply.id, view);
        }
        level = next;
      }

      return { items, nextCursor };
    },
  };
};
