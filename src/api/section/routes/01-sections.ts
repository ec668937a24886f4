/**
 * The public section routes, loaded before the core router (files load in name order). Read-only
 * and published articles only, so open to everyone without a permission row (auth: false).
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/sections',
      handler: 'api::section.section.tree',
      config: { auth: false, description: 'The sections as a tree, in the locale asked.' },
    },
    {
      method: 'GET',
      path: '/sections/:slug/articles',
      handler: 'api::section.section.articles',
      config: { auth: false, description: 'Teasers of the published articles in a section and its subsections, newest first.' },
    },
  ],
};
