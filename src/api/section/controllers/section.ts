import { factories } from '@strapi/strapi';
import { answerPage } from '../../../article-cache';
import { sectionArticlesPage, sectionTreePage } from '../../../article-cache/pages/lists';

export default factories.createCoreController('api::section.section', ({ strapi }) => ({
  /** GET /api/sections[?locale=]: the sections as a tree, named in the locale asked (a cached page). */
  async tree(ctx) {
    await answerPage(strapi, ctx, sectionTreePage);
  },

  /** GET /api/sections/:slug/articles[?locale=&cursor=&pageSize=]: the section's articles, newest first (a cached page). */
  async articles(ctx) {
    await answerPage(strapi, ctx, sectionArticlesPage);
  },
}));
