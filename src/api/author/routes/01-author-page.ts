/**
 * The public author page, loaded before the core router (files load in name order). Read-only and
 * published articles only, so open to everyone (auth: false). GET /authors/:slug is the page a
 * front-end shows (the author and their articles); /authors/:slug/articles is the same list in the
 * shape of every other list. The core findOne (GET /authors/:documentId) is left out
 * (routes/author.ts): it would answer at the same address; GET /authors?filters[slug]= remains.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/authors/:slug',
      handler: 'api::author.author.profile',
      config: { auth: false, description: 'An author (job title, bio, photo, links) and teasers of their published articles, newest first.' },
    },
    {
      method: 'GET',
      path: '/authors/:slug/articles',
      handler: 'api::author.author.page',
      config: { auth: false, description: 'Teasers of an author\'s published articles, newest first, the author in meta.' },
    },
  ],
};
