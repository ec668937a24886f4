/**
 * The moderators' API. Authentication is the is-moderator policy's (users-permissions JWT and the
 * Moderator role), so that anonymous callers get 401 and other signed-in users 403.
 */
const moderatorOnly = { auth: false as const, policies: ['api::comment.is-moderator'] };

export default {
  routes: [
    { method: 'GET', path: '/moderation/comments', handler: 'api::comment.moderation.queue', config: moderatorOnly },
    { method: 'POST', path: '/moderation/comments/bulk', handler: 'api::comment.moderation.bulk', config: moderatorOnly },
    ...(['approve', 'reject', 'spam'] as const).map((action) => ({
      method: 'POST',
      path: `/moderation/comments/:id/${action}`,
      handler: `api::comment.moderation.${action}`,
      config: moderatorOnly,
    })),
  ],
};
