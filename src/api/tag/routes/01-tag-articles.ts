/** The public tag list, loaded before the core router; read-only and published only (auth: false). */
export default {
  routes: [
    {
      method: 'GET',
      path: '/tags/:slug/articles',
      handler: 'api::tag.tag.articles',
      config: { auth: false, description: 'A tag and teasers of its published articles, newest first.' },
    },
  ],
};
