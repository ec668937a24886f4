/**
 * Custom routes, loaded before the core router (files load in name order) so that
 * /articles/:slug/assembled is not taken for a core findOne.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/:slug/assembled',
      handler: 'api::article.article.assembled',
      config: {
        description: 'One published article in reading order, with its comments and reactions.',
      },
    },
  ],
};
