import { factories } from '@strapi/strapi';
import { answerPage } from '../../../article-cache';
import { frontPage } from '../../../article-cache/pages/lists';

export default factories.createCoreController('api::front.front', ({ strapi }) => ({
  /** GET /api/fronts/home and /api/fronts/:sectionSlug[?locale=&cursor=&pageSize=]: picks, then the latest (a cached page). */
  async front(ctx) {
    await answerPage(strapi, ctx, frontPage);
  },
}));
