import type { Core } from '@strapi/strapi';
import { COMMENT_CHANGED, type CommentChanged } from '../api/comment/moderation/events';

/**
 * Optional: e-mail the moderators when a comment waits for them (MODERATION_EMAIL_ENABLED=true,
 * MODERATION_EMAIL_TO=a@x,b@y; the provider is the Strapi email plugin's, set in config/plugins).
 * Sending happens after the reader's answer and never fails their request.
 */
interface Settings {
  enabled: boolean;
  to: string[];
  from: string;
}

export const notifyModeratorsOfWaitingComments = (strapi: Core.Strapi): void => {
  const settings = strapi.config.get('newsroom.moderationEmail') as Settings;
  if (!settings.enabled || settings.to.length === 0) return;

  strapi.eventHub.on(COMMENT_CHANGED, async (event: CommentChanged) => {
    if (event.action !== 'created' || event.status !== 'pending') return;
    try {
      const comment = await strapi.db.query('api::comment.comment').findOne({
        where: { id: event.commentIds[0] },
        select: ['id', 'authorName', 'body', 'moderationNote'],
        populate: { article: { select: ['title', 'slug'] } },
      });
      if (!comment) return;
      const article = Array.isArray(comment.article) ? comment.article[0] : comment.article;
      await strapi.plugin('email').service('email').send({
        to: settings.to.join(','),
        ...(settings.from ? { from: settings.from } : {}),
        subject: `Comment waiting on "${article?.title ?? 'an article'}"`,
        text: `${comment.authorName} wrote:\n\n${comment.body}\n\n${comment.moderationNote ?? ''}\n\nModerate it in the admin panel or with the moderation API.`,
      });
    } catch (error) {
      strapi.log.warn(`[moderation e-mail] not sent: ${(error as Error).message}`);
    }
  });
};
