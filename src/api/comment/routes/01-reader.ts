/** What readers may do with comments without an account. Loaded before the core router. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/articles/:slug/comments',
      handler: 'api::comment.reader.create',
      config: { middlewares: [{ name: 'global::rate-limit', config: { bucket: 'comments' } }] },
    },
    {
      method: 'GET',
      path: '/articles/:slug/comments',
      handler: 'api::comment.reader.find',
    },
    {
      method: 'POST',
      path: '/comments/:id/reports',
      handler: 'api::comment.reader.report',
      config: { middlewares: [{ name: 'global::rate-limit', config: { bucket: 'reports' } }] },
    },
  ],
};
