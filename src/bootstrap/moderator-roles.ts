import type { Core } from '@strapi/strapi';
import { MODERATOR_ROLE_TYPE } from '../api/comment/policies/is-moderator';
import { DESK_ACTION } from '../api/comment/desk/admin-routes';

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
  if (existing) {
    await grantDeskPermissions(strapi, existing.id);
    return;
  }
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
  await grantDeskPermissions(strapi, role.id);
};

/** What the headline of a comment's article needs: its title and address (the relation's main field is the title). */
export const ARTICLE_FIELDS_MODERATORS_READ = ['title', 'slug'];

/**
 * The desk (api::moderation-desk.use) and the article headlines the role sees beside comments,
 * added to the Comment moderator role when missing, also on a database made before the desk:
 * what an administrator set is never removed or changed.
 */
const grantDeskPermissions = async (strapi: Core.Strapi, roleId: number): Promise<void> => {
  const permissions = strapi.db.query('admin::permission');
  // Articles are localized: a read permission names its locales (those there are now), or reads none.
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map((locale) => locale.code);
  const wanted = [
    { action: DESK_ACTION, subject: null, properties: {}, conditions: [] },
    { action: 'plugin::content-manager.explorer.read', subject: 'api::article.article', properties: { fields: ARTICLE_FIELDS_MODERATORS_READ, locales }, conditions: [] },
  ];
  const missing = [];
  for (const permission of wanted) {
    if (!(await permissions.findOne({ select: ['id'], where: { action: permission.action, subject: permission.subject, role: { id: roleId } } }))) missing.push(permission);
  }
  if (missing.length) await strapi.service('admin::permission').createMany(missing.map((permission) => ({ ...permission, role: roleId })));
};
