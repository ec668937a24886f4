import { factories } from '@strapi/strapi';
import { answerPage } from '../../../article-cache';
import { authorArticlesPage, authorPage } from '../../../article-cache/pages/lists';

export default factories.createCoreController('api::author.author', ({ strapi }) => ({
  /** GET /api/authors/:slug[?locale=&cursor=&pageSize=]: the author and their articles, newest first (a cached page). */
  async profile(ctx) {
    await answerPage(strapi, ctx, authorPage);
  },

  /** GET /api/authors/:slug/articles[?locale=&cursor=&pageSize=]: their articles, the author in meta, as every list. */
  async page(ctx) {
    await answerPage(strapi, ctx, authorArticlesPage);
  },
}));
