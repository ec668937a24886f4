import type { Core } from '@strapi/strapi';
import { MODERATOR_ROLE_TYPE } from '../api/comment/policies/is-moderator';

/**
 * The two kinds of moderator account, created once and left alone afterwards (an administrator
 * may adjust them in the admin panel):
 * - "Moderator", a users-permissions role for the moderation API (and `npm run moderator:create`);
 * - "Comment moderator", an admin-panel role that may read comments and change their status and
 *   moderation note, and nothing else.
 */
export const COMMENT_MODERATOR_ADMIN_ROLE = { code: 'newsroom-comment-moderator', name: 'Comment moderator' } as const;

const COMMENT_FIELDS_READABLE = [
  'article',
  'parent',
  'replies',
  'authorName',
  'authorEmail',
  'body',
  'moderationStatus',
  'moderatedBy',
  'moderatedAt',
  'moderationNote',
  'reportCount',
  'history',
  'reports',
];
export const COMMENT_FIELDS_MODERATORS_CHANGE = ['moderationStatus', 'moderationNote'];

export const ensureModeratorRoles = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.db.query('plugin::users-permissions.role');
  if (!(await roles.findOne({ where: { type: MODERATOR_ROLE_TYPE } }))) {
    await roles.create({
      data: {
        name: 'Moderator',
        description: 'Works the comment queues through the moderation API.',
        type: MODERATOR_ROLE_TYPE,
      },
    });
  }

  const adminRoles = strapi.service('admin::role');
  const existing = await strapi.db.query('admin::role').findOne({ where: { code: COMMENT_MODERATOR_ADMIN_ROLE.code } });
  if (existing) return;
  const role = await adminRoles.create({
    name: COMMENT_MODERATOR_ADMIN_ROLE.name,
    code: COMMENT_MODERATOR_ADMIN_ROLE.code,
    description: 'Reads reader comments and approves, rejects or marks them as spam, with a note. Nothing else.',
  });
  await adminRoles.assignPermissions(role.id, [
    {
      action: 'plugin::content-manager.explorer.read',
      subject: 'api::comment.comment',
      properties: { fields: COMMENT_FIELDS_READABLE },
      conditions: [],
    },
    {
      action: 'plugin::content-manager.explorer.update',
      subject: 'api::comment.comment',
      properties: { fields: COMMENT_FIELDS_MODERATORS_CHANGE },
      conditions: [],
    },
  ]);
};
