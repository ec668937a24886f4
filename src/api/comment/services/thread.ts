import type { Core } from '@strapi/strapi';
import type { CommentView } from '../../article/assembly/types';
import { fieldError } from '../../../validation/field-error';
import { VISIBLE_STATUS } from '../events/visibility';
import { discussionKey, discussionSchema, readConnection, rowsOf } from '../tallies';

/**
 * Reads the approved comments of one article version, threaded, a page of top-level comments at
 * a time (oldest first, like a conversation). Two queries whatever the size of the discussion:
 * the page is a keyset range of the comments_thread_page index (discussion, depth 0, approved,
 * created, id: no OFFSET, no count), then the approved replies of those threads.
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
  createdAt: string | Date | number;
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

const iso = (value: string | Date | number): string => new Date(value).toISOString();

const toView = (row: CommentRow): CommentView => ({
  id: row.documentId,
  authorName: row.authorName,
  body: row.body,
  createdAt: iso(row.createdAt),
  replies: [],
});

interface ReplyRow {
  id: number | string;
  document_id: string;
  author_name: string;
  body: string;
  created_at: string | Date | number;
  parent: number | string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.config.get('newsroom.comments') as { pageSize: number; maxDepth: number };

  /**
   * The approved replies in the threads of the given top-level comments, maxDepth deep, in one
   * range of comments_thread_replies; the tree is put together below, so a reply under a hidden one
   * is not reached.
   */
  const repliesUnder = async (threads: number[], maxDepth: number): Promise<ReplyRow[]> => {
    if (threads.length === 0 || maxDepth < 1) return [];
    const s = discussionSchema(strapi);
    const meta = strapi.db.metadata.get(UID);
    const column = (name: string) => `"${(meta.attributes[name] as { columnName?: string }).columnName ?? name}"`;
    return rowsOf<ReplyRow>(
      await readConnection(strapi, (db) =>
        db.raw(
          `SELECT c.id AS id, c.${column('documentId')} AS document_id, c.${column('authorName')} AS author_name,
                  c.${column('body')} AS body, c.${column('createdAt')} AS created_at,
                  (SELECT p.${s.col.parent} FROM ${s.parentLink} p WHERE p.${s.col.reply} = c.id) AS parent
             FROM ${s.comments} c
            WHERE c.${s.col.thread} IN (${threads.map(() => '?').join(', ')})
              AND c.${s.col.status} = ? AND c.${s.col.depth} BETWEEN 1 AND ?
            ORDER BY c.${s.col.depth}, c.${column('createdAt')}, c.id`,
          [...threads, VISIBLE_STATUS, maxDepth]
        )
      )
    );
  };

  return {
    async listApproved(
      article: ArticleRef,
      options: { cursor?: string | null; limit?: number } = {}
    ): Promise<{ items: CommentView[]; nextCursor: string | null }> {
      const { pageSize, maxDepth } = settings();
      const limit = Math.min(Math.max(options.limit ?? pageSize, 1), 100);
      const after = options.cursor ? decodeCursor(options.cursor) : null;

      const where: Record<string, unknown> = { discussion: discussionKey(article), depth: 0, moderationStatus: VISIBLE_STATUS };
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

      // Replies hang under the comment shown above them, shallowest first.
      const items = page.map(toView);
      const shown = new Map(page.map((row, i) => [Number(row.id), items[i]]));
      for (const reply of await repliesUnder([...shown.keys()], maxDepth)) {
        const parent = shown.get(Number(reply.parent));
        if (!parent) continue;
        const view = toView({ id: Number(reply.id), documentId: reply.document_id, authorName: reply.author_name, body: reply.body, createdAt: reply.created_at });
        parent.replies.push(view);
        shown.set(Number(reply.id), view);
      }
      return { items, nextCursor };
    },
  };
};
