import type { Core } from '@strapi/strapi';
import type { ArticleRef } from '../../comment/services/thread';

/** The answers to "Do you like this article?" for one article version. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async countFor(article: ArticleRef): Promise<{ likes: number; dislikes: number }> {
    const where = (value: 'like' | 'dislike') => ({
      article: { documentId: article.documentId, locale: article.locale },
      value,
    });
    const [likes, dislikes] = await Promise.all([
      strapi.db.query('api::reaction.reaction').count({ where: where('like') }),
      strapi.db.query('api::reaction.reaction').count({ where: where('dislike') }),
    ]);
    return { likes, dislikes };
  },
});
