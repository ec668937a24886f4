import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { enforceCommentFields } from '../rules';
import { commentsOpen } from '../rules/closing';
import { screenComment, type ModerationStatus } from '../screening';
import type { PublishedArticle } from '../../article/services/lookup';
import { fieldError } from '../../../validation/field-error';
import { service } from '../../../services';

/**
 * A reader posts a comment or a reply. Guards first (the article exists and takes comments, the
 * fields are valid, the reply goes to an approved comment of this article not too deep, it is not
 * a repeat), then the screening rules decide its status, then it is stored. The lifecycle hooks
 * check the fields again and record the screening decision in the moderation history.
 */
export interface Submission {
  slug: string;
  locale?: string;
  authorName: unknown;
  authorEmail: unknown;
  body: unknown;
  parent?: unknown;
  honeypot?: unknown;
}

export class CommentsClosedError extends Error {
  constructor() {
    super('Comments are closed on this article.');
  }
}

export class DuplicateCommentError extends Error {
  constructor() {
    super('You have already posted this comment on this article. It will not be posted twice.');
  }
}

const MESSAGES = {
  noArticle: (slug: string) => `No published article "${slug}".`,
  parentInvalid: 'A reply must answer a published comment on the same article.',
  tooDeep: (depth: number) => `Replies can nest ${depth} levels deep at most: reply to a comment higher up the thread.`,
};

const COMMENT = 'api::comment.comment';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.config.get('newsroom.comments') as { maxDepth: number; duplicateWindowMinutes: number };

  /** The depth the new reply would have, or an error when its parent is not a valid target. */
  const replyDepth = async (article: PublishedArticle, parentId: unknown): Promise<{ id: number; depth: number }> => {
    if (typeof parentId !== 'string' || parentId.length > 64) throw fieldError('parent', MESSAGES.parentInvalid);
    const parent = await strapi.db.query(COMMENT).findOne({
      select: ['id'],
      populate: { parent: { select: ['id'] } },
      where: {
        documentId: parentId,
        moderationStatus: 'approved',
        article: { documentId: article.documentId, locale: article.locale },
      },
    });
    if (!parent) throw fieldError('parent', MESSAGES.parentInvalid);

    // Walk up from the parent: a reply to a top-level comment has depth 1.
    const { maxDepth } = settings();
    let depth = 1;
    let current = parent;
    while (current?.parent && depth <= maxDepth) {
      depth += 1;
      current = await strapi.db
        .query(COMMENT)
        .findOne({ where: { id: current.parent.id }, populate: { parent: { select: ['id'] } } });
    }
    if (depth > maxDepth) throw fieldError('parent', MESSAGES.tooDeep(maxDepth));
    return { id: parent.id, depth };
  };

  const isRepeat = async (article: PublishedArticle, authorEmail: string, body: string): Promise<boolean> => {
    const since = new Date(Date.now() - settings().duplicateWindowMinutes * 60 * 1000);
    const count = await strapi.db.query(COMMENT).count({
      where: {
        authorEmail,
        body,
        createdAt: { $gte: since },
        article: { documentId: article.documentId, locale: article.locale },
      },
    });
    return count > 0;
  };

  return {
    async submit(input: Submission): Promise<{ id: string; status: ModerationStatus }> {
      const article = await service(strapi, 'api::article.lookup').findPublished(input.slug, input.locale);
      if (!article) throw new errors.NotFoundError(MESSAGES.noArticle(input.slug));

      const rules = (await service(strapi, 'api::comment-setting.rules-in-force').current());
      if (!commentsOpen({ ...article, closeAfterDays: rules.closeAfterDays })) throw new CommentsClosedError();

      // Validate and normalise first, so the repeat check compares what would be stored.
      const fields: Record<string, unknown> = { authorName: input.authorName, authorEmail: input.authorEmail, body: input.body };
      enforceCommentFields(fields, 'create');
      const { authorName, authorEmail, body } = fields as { authorName: string; authorEmail: string; body: string };

      const parent =
        input.parent === undefined || input.parent === null || input.parent === ''
          ? null
          : await replyDepth(article, input.parent);
      if (await isRepeat(article, authorEmail, body)) throw new DuplicateCommentError();

      const verdict = screenComment({
        body,
        authorName,
        honeypotFilled: typeof input.honeypot === 'string' ? input.honeypot.trim() !== '' : Boolean(input.honeypot),
        moderation: article.commentModeration,
        holdWords: rules.holdWords,
        blockWords: rules.blockWords,
        maxLinks: rules.maxLinks,
      });

      const created = await strapi.documents(COMMENT).create({
        data: {
          article: { documentId: article.documentId, locale: article.locale },
          ...(parent ? { parent: parent.id } : {}),
          authorName,
          authorEmail,
          body,
          moderationStatus: verdict.status,
          moderationNote: verdict.reason,
        },
      } as never);
      // Spam is never announced: a bot (or a reader using a blocked word) is told what any
      // reader is told while a comment waits, so the defences cannot be probed from outside.
      return { id: created.documentId, status: verdict.status === 'spam' ? 'pending' : verdict.status };
    },
  };
};
