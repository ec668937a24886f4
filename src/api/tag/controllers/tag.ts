import { factories } from '@strapi/strapi';
import { answerPage } from '../../../article-cache';
import { tagArticlesPage } from '../../../article-cache/pages/lists';

export default factories.createCoreController('api::tag.tag', ({ strapi }) => ({
  /** GET /api/tags/:slug/articles[?locale=&cursor=&pageSize=]: the tag's articles, newest first (a cached page). */
  async articles(ctx) {
    await answerPage(strapi, ctx, tagArticlesPage);
  },
}));
