/**
 * The public author page, loaded before the core router (files load in name order). Read-only and
 * published articles only, so open to everyone (auth: false). Under /articles, as a section's and
 * a tag's list are: GET /authors/:id stays the core findOne.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/authors/:slug/articles',
      handler: 'api::author.author.page',
      config: { auth: false, description: 'An author (job title, bio, photo, links) and teasers of their published articles, newest first.' },
    },
  ],
};
