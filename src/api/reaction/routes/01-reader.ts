export default {
  routes: [
    {
      method: 'POST',
      path: '/articles/:slug/reactions',
      handler: 'api::reaction.reader.vote',
      config: { middlewares: [{ name: 'global::rate-limit', config: { bucket: 'reactions' } }] },
    },
  ],
};
