import type { Core } from '@strapi/strapi';
import { DISCUSSION_CHANGED, type DiscussionChanged } from '../api/comment/events';

/**
 * Optional: e-mail the moderators when a comment waits for them (MODERATION_EMAIL_ENABLED=true,
 * MODERATION_EMAIL_TO=a@x,b@y; the provider is the Strapi email plugin's, set in config/plugins).
 * It listens to the discussion's domain event, which is emitted after commit: a comment whose
 * write was rolled back is never mailed. Sending never fails the reader's request.
 */
interface Settings {
  enabled: boolean;
  to: string[];
  from: string;
}

interface WaitingComment {
  authorName: string;
  body: string;
  moderationNote: string | null;
  article?: { title?: string } | Array<{ title?: string }> | null;
}

export const notifyModeratorsOfWaitingComments = (strapi: Core.Strapi): void => {
  const settings = strapi.config.get('newsroom.moderationEmail') as Settings;
  if (!settings.enabled || settings.to.length === 0) return;

  const send = async (commentId: number) => {
    const comment = (await strapi.db.query('api::comment.comment').findOne({
      where: { id: commentId },
      select: ['id', 'authorName', 'body', 'moderationNote'],
      populate: { article: { select: ['title'] } },
    })) as WaitingComment | null;
    if (!comment) return;
    const article = Array.isArray(comment.article) ? comment.article[0] : comment.article;
    await strapi.plugin('email').service('email').send({
      to: settings.to.join(','),
      ...(settings.from ? { from: settings.from } : {}),
      subject: `Comment waiting on "${article?.title ?? 'an article'}"`,
      text: `${comment.authorName} wrote:\n\n${comment.body}\n\n${comment.moderationNote ?? ''}\n\nModerate it in the admin panel or with the moderation API.`,
    });
  };

  strapi.eventHub.on(DISCUSSION_CHANGED, async (event: DiscussionChanged) => {
    // New comments that wait for a person; spam and comments shown at once are not news to them.
    if (event.subject !== 'comment' || event.action !== 'create') return;
    for (const change of event.comments.filter((c) => c.status.after === 'pending')) {
      try {
        await send(change.id);
      } catch (error) {
        strapi.log.warn(`[moderation e-mail] not sent: ${(error as Error).message}`);
      }
    }
  });
};
