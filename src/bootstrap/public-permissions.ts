import type { Core } from '@strapi/strapi';

/**
 * What anyone may do without signing in: read published articles (assembled or through the core
 * reads), and the reader routes for comments and reactions. The core routes of comments,
 * reactions, people and the media library stay closed.
 */
export const PUBLIC_ACTIONS = [
  'api::article.article.assembled',
  'api::article.article.find',
  'api::article.article.findOne',
  'api::comment.reader.create',
  'api::comment.reader.find',
  'api::comment.reader.report',
  'api::reaction.reader.vote',
] as const;

export const grantPublicPermissions = async (strapi: Core.Strapi): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions "public" role is missing: is the plugin installed?');

  const existing = await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: role.id, action: { $in: [...PUBLIC_ACTIONS] } },
    select: ['action'],
  });
  const granted = new Set(existing.map((permission: { action: string }) => permission.action));
  for (const action of PUBLIC_ACTIONS) {
    if (!granted.has(action)) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  }
};
