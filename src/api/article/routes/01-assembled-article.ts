import { assembledArticlePage } from '../../../article-cache/pages/assembled-article';

/**
 * Custom routes, loaded before the core router (files load in name order) so that
 * /articles/:slug/assembled is not taken for a core findOne. The path is the page's own, which
 * the early answer matches too.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: assembledArticlePage.path,
      handler: 'api::article.article.assembled',
      config: {
        description: 'One published article in reading order, with its comments and reactions.',
      },
    },
  ],
};
