import type { Core } from '@strapi/strapi';
import { runCommentPipeline, type CommentLookups, type ReplyTarget } from '../pipeline';
import { screeningRecord, type ModerationStatus } from '../screening';
import { service } from '../../../services';
import { discussionKey } from '../tallies';

/**
 * A reader posts a comment or a reply: load what the checks need, run the comment pipeline
 * (pipeline/index.ts: every check, in order), create. The lifecycle hooks check the fields again,
 * record the screening decision in the moderation history and announce the write.
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

const COMMENT = 'api::comment.comment';

interface ParentRow {
  id: number;
  moderationStatus: ModerationStatus | null;
  parent?: { id: number } | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.config.get('newsroom.comments') as { maxDepth: number; duplicateWindowMinutes: number };

  const lookups: CommentLookups = {
    // One query per level, at most maxDepth + 1: walking up stops past the deepest allowed reply.
    async replyTarget(article, documentId, maxDepth): Promise<ReplyTarget | null> {
      const select = { select: ['id', 'moderationStatus'], populate: { parent: { select: ['id'] } } };
      let row = (await strapi.db.query(COMMENT).findOne({
        ...select,
        where: { documentId, article: { documentId: article.documentId, locale: article.locale } },
      })) as ParentRow | null;
      if (!row) return null;
      const target: ReplyTarget = { id: row.id, chain: [row.moderationStatus] };
      while (row?.parent && target.chain.length <= maxDepth) {
        row = (await strapi.db.query(COMMENT).findOne({ ...select, where: { id: row.parent.id } })) as ParentRow | null;
        if (row) target.chain.push(row.moderationStatus);
      }
      return target;
    },

    // A range of the comments_repeat index (discussion, e-mail, created), never the discussion.
    async isRepeat(article, authorEmail, body, since) {
      const repeat = await strapi.db.query(COMMENT).findOne({
        select: ['id'],
        where: { discussion: discussionKey(article), authorEmail, body, createdAt: { $gte: since } },
      });
      return repeat !== null;
    },

    standing: (authorEmail) => service(strapi, 'api::commenter.standing').standingOf(authorEmail),
  };

  return {
    async submit(input: Submission): Promise<{ id: string; status: ModerationStatus }> {
      const [article, rules] = await Promise.all([
        service(strapi, 'api::article.lookup').findPublished(input.slug, input.locale),
        service(strapi, 'api::comment-setting.rules-in-force').current(),
      ]);
      const { maxDepth, duplicateWindowMinutes } = settings();
      const { candidate, verdict } = await runCommentPipeline(
        {
          input: { authorName: input.authorName, authorEmail: input.authorEmail, body: input.body, parent: input.parent, honeypot: input.honeypot },
          slug: input.slug,
          article,
          rules,
          maxDepth,
          duplicateWindowMinutes,
          now: new Date(),
        },
        lookups
      );

      const target = candidate.article;
      const created = await strapi.documents(COMMENT).create({
        data: {
          article: { documentId: target.documentId, locale: target.locale },
          ...(candidate.parentId ? { parent: candidate.parentId } : {}),
          ...candidate.fields,
          moderationStatus: verdict.status,
          moderationNote: verdict.reason,
          // Why, in a form the moderation desk shows (rule, held word, links), beside the sentence.
          screening: screeningRecord(verdict),
        },
      });
      // Spam is never announced: a bot (or a reader using a blocked word) is told what any
      // reader is told while a comment waits, so the defences cannot be probed from outside.
      return { id: created.documentId, status: verdict.status === 'spam' ? 'pending' : verdict.status };
    },
  };
};
