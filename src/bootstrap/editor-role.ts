import type { Core } from '@strapi/strapi';

/**
 * The "Editor" admin-panel role: writes and publishes the stories and what they are made of, uses
 * the media library, and sees nothing of the readers' side (comments, reactions, reports,
 * moderation, reader accounts) nor any settings, so the content manager's menu lists only what
 * editors edit.
 *
 * Strapi makes its own "Editor" role (code `strapi-editor`) on the very first start, granting every
 * content type there was then, the readers' ones included. Role names are unique, so rather than a
 * second "Editor" the newsroom takes that role over: once, giving it the permissions below and its
 * own code. Its users keep it. From then on the code marks the role as the newsroom's and it is
 * left alone, like the Comment moderator role: an administrator may change it in the admin panel
 * (Settings → Roles) and a restart does not undo that.
 */
export const EDITOR_ADMIN_ROLE = { code: 'newsroom-editor', name: 'Editor' } as const;

/** What editors edit, in every locale. */
export const EDITORS_CONTENT_TYPES = [
  'api::article.article',
  'api::image.image',
  'api::quote.quote',
  'api::person.person',
  'api::author.author',
  'api::tag.tag',
  'api::section.section',
  'api::front.front',
] as const;

/** What editors read but never write: the record of changes to notes, written by the article's saves (src/api/article/corrections). */
export const EDITORS_READ_ONLY = ['api::note-change.note-change'] as const;
const READ = 'plugin::content-manager.explorer.read';

const CONTENT_ACTIONS = ['create', 'read', 'update', 'delete', 'publish'].map(
  (verb) => `plugin::content-manager.explorer.${verb}`
);

/**
 * The media library: browse, upload, edit an asset's details. Download and copy-link only hand out
 * what reading already shows; the media library's own buttons need them. No delete: an image may
 * still be shown by a published story, and no settings.
 */
const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
  conditions: string[];
}
interface RegisteredAction {
  actionId: string;
  subjects?: string[];
}
interface PermissionService {
  actionProvider: {
    values(): RegisteredAction[];
    appliesToProperty(property: string, actionId: string, subject: string): Promise<boolean>;
  };
}
interface ContentTypeService {
  getPermissionsWithNestedFields(actions: RegisteredAction[], options: { restrictedSubjects: string[] }): PermissionInput[];
}

/**
 * Every field (components' nested ones included) as the admin panel's role editor writes them, so
 * the role reads there as ticked boxes; and every locale there is at start-up (a locale added later
 * is ticked in the role by the administrator who adds it).
 */
export const editorPermissions = async (strapi: Core.Strapi): Promise<PermissionInput[]> => {
  const permissions = strapi.service('admin::permission') as unknown as PermissionService;
  const contentTypes = strapi.service('admin::content-type') as unknown as ContentTypeService;
  const actions = permissions.actionProvider.values().filter((action) => CONTENT_ACTIONS.includes(action.actionId));
  const allowed: readonly string[] = [...EDITORS_CONTENT_TYPES, ...EDITORS_READ_ONLY];
  const readOnly: readonly string[] = EDITORS_READ_ONLY;
  const everyOther = [...new Set(actions.flatMap((action) => action.subjects ?? []))].filter((uid) => !allowed.includes(uid));
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map(
    (locale) => locale.code
  );

  const content = await Promise.all(
    contentTypes
      .getPermissionsWithNestedFields(actions, { restrictedSubjects: everyOther })
      .filter((permission) => !(permission.subject && readOnly.includes(permission.subject) && permission.action !== READ))
      .map(async (permission) => {
        const localized =
          permission.subject &&
          (await permissions.actionProvider.appliesToProperty('locales', permission.action, permission.subject));
        return {
          action: permission.action,
          subject: permission.subject,
          properties: { ...permission.properties, ...(localized ? { locales } : {}) },
          conditions: [],
        };
      })
  );
  return [...content, ...MEDIA_ACTIONS.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))];
};

export const ensureEditorRole = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.db.query('admin::role');
  if (await roles.findOne({ where: { code: EDITOR_ADMIN_ROLE.code } })) return;
  const description =
    'Writes, edits and publishes stories, images, quotes, people, authors, tags, sections and fronts; uses the media library. No comments, no reader accounts, no settings.';
  // One transaction: a start that fails half-way leaves the role unmarked, and the next start does it again.
  await strapi.db.transaction(async () => {
    const strapisOwn = await roles.findOne({ where: { name: EDITOR_ADMIN_ROLE.name } });
    const role = strapisOwn ?? (await strapi.service('admin::role').create({ name: EDITOR_ADMIN_ROLE.name, description }));
    await strapi.service('admin::role').assignPermissions(role.id, await editorPermissions(strapi));
    await roles.update({ where: { id: role.id }, data: { code: EDITOR_ADMIN_ROLE.code, description } });
  });
};
