import type { Core } from '@strapi/strapi';
import type { ArticleRef } from './thread';
import { countVisibleComments } from './visible-count';

/**
 * The figures readers see under an article version: visible comments, likes and dislikes.
 * (Interface first; the stored tally replaces the counting below.)
 */
export interface Tally {
  comments: number;
  likes: number;
  dislikes: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async read(article: ArticleRef): Promise<Tally> {
    const { maxDepth } = strapi.config.get('newsroom.comments') as { maxDepth: number };
    const where = (value: 'like' | 'dislike') => ({ article: { documentId: article.documentId, locale: article.locale }, value });
    const [comments, likes, dislikes] = await Promise.all([
      countVisibleComments(strapi, article, maxDepth),
      strapi.db.query('api::reaction.reaction').count({ where: where('like') }),
      strapi.db.query('api::reaction.reaction').count({ where: where('dislike') }),
    ]);
    return { comments, likes, dislikes };
  },
});
