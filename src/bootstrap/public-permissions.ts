import type { Core } from '@strapi/strapi';
import { MODERATOR_ROLE_TYPE } from '../api/comment/policies/is-moderator';

/**
 * What a reader may do: read published articles (assembled or through the core reads), and the
 * reader routes for comments and reactions. The core routes of comments, reactions, people and the
 * media library stay closed. One list for every users-permissions role a reader can be in: signing
 * in (a registered reader, a moderator) changes nothing for reading the site.
 * Drafts stay out of reach whatever the query: see src/readers/published-only.ts.
 */
export const READER_ACTIONS = [
  'api::article.article.assembled',
  'api::article.article.find',
  'api::article.article.findOne',
  'api::comment.reader.create',
  'api::comment.reader.find',
  'api::comment.reader.report',
  'api::reaction.reader.vote',
] as const;

export const READER_ROLE_TYPES = ['public', 'authenticated', MODERATOR_ROLE_TYPE] as const;

const grantToRole = async (strapi: Core.Strapi, type: string): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  if (!role) throw new Error(`The users-permissions "${type}" role is missing: is the plugin installed?`);

  const existing = await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: role.id, action: { $in: [...READER_ACTIONS] } },
    select: ['action'],
  });
  const granted = new Set(existing.map((permission: { action: string }) => permission.action));
  for (const action of READER_ACTIONS) {
    if (!granted.has(action)) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  }
};

/** Idempotent: creates only the permissions that are missing. Runs after the Moderator role exists. */
export const grantReaderPermissions = async (strapi: Core.Strapi): Promise<void> => {
  for (const type of READER_ROLE_TYPES) await grantToRole(strapi, type);
};
