import type { Core } from '@strapi/strapi';
import createError from 'http-errors';

/**
 * Moderation routes: a users-permissions user with the Moderator role, signed in with
 * `Authorization: Bearer <jwt>`. Anonymous or invalid credentials: 401. Signed in without the
 * role: 403. The moderator is put on ctx.state so decisions are attributed to them.
 * HTTP errors rather than Strapi's error classes: the authorization layer would replace those
 * with a bare "Unauthorized"/"Forbidden"; these keep their message and Strapi's error shape.
 */
export const MODERATOR_ROLE_TYPE = 'moderator';

interface PolicyContext {
  state: Record<string, unknown>;
  request: { header: Record<string, string | undefined> };
}

export default async (policyContext: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let payload: { id?: number } | null;
  try {
    payload = await strapi.plugin('users-permissions').service('jwt').getToken(policyContext);
  } catch {
    throw createError(401, 'Your session is invalid or has expired: sign in again.');
  }
  if (!payload?.id) throw createError(401, 'Sign in as a moderator to use the moderation API.');

  const user = await strapi.db.query('plugin::users-permissions.user').findOne({
    select: ['id', 'email', 'username', 'blocked', 'confirmed'],
    where: { id: payload.id },
    populate: { role: { select: ['type'] } },
  });
  if (!user || user.blocked) throw createError(401, 'This account cannot sign in.');
  if (user.role?.type !== MODERATOR_ROLE_TYPE) throw createError(403, 'Only moderators may moderate comments.');

  policyContext.state.moderator = { id: user.id, email: user.email, username: user.username };
  policyContext.state.user = user;
  return true;
};
