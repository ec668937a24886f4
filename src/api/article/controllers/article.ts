import { factories } from '@strapi/strapi';
import { answerPage } from '../../../article-cache';
import { assembledArticlePage } from '../../../article-cache/pages/assembled-article';

export default factories.createCoreController('api::article.article', ({ strapi }) => ({
  /**
   * GET /api/articles/:slug/assembled[?locale=&cursor=]. Warm pages for anonymous readers are
   * usually answered before this by the early answer; here come cold pages and signed-in readers,
   * through the same parser, cache and headers (article-cache/answer.ts).
   */
  async assembled(ctx) {
    await answerPage(strapi, ctx, assembledArticlePage);
  },
}));
