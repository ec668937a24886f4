import { bootApp, type TestApp } from '../helpers/app';
import { signInAsEditor } from '../helpers/auth';
import { sectionId } from '../helpers/sections';
import { NEWSROOM_LOCALES } from '../../src/bootstrap/locales';
import { EDITOR_ADMIN_ROLE, EDITORS_CONTENT_TYPES, EDITORS_READ_ONLY, ensureEditorRole } from '../../src/bootstrap/editor-role';

/**
 * The "Editor" admin role made at start-up, checked through the admin API the admin panel calls
 * as a user holding only that role. The content manager's menu lists the types the signed-in user
 * may read (`GET /admin/users/me/permissions`, explorer.read); `GET /content-manager/init`
 * describes every type to everyone, so the permissions are what decide the menu.
 */
let app: TestApp;
let token: string;
const CM = '/content-manager/collection-types';

beforeAll(async () => {
  app = await bootApp();
  token = await signInAsEditor(app);
});
afterAll(async () => {
  await app?.close();
});

const as = (bearer: string) => ({
  get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${bearer}`),
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${bearer}`),
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${bearer}`),
});

interface Granted {
  action: string;
  subject: string | null;
  properties: { locales?: string[] };
}
const ownPermissions = async (bearer: string): Promise<Granted[]> =>
  (await as(bearer).get('/admin/users/me/permissions').expect(200)).body.data;
const roles = () => app.strapi.db.query('admin::role');

describe('an admin-panel user with the "Editor" role', () => {
  it('has a content manager menu of what editors edit, in every locale, and the media library; no settings', async () => {
    const permissions = await ownPermissions(token);
    const readable = permissions.filter((p) => p.action === 'plugin::content-manager.explorer.read').map((p) => p.subject);
    // The record of changes to notes is read, never written, by editors.
    expect([...readable].sort()).toEqual([...EDITORS_CONTENT_TYPES, ...EDITORS_READ_ONLY].sort());
    for (const verb of ['create', 'update', 'delete', 'publish']) {
      const subjects = permissions.filter((p) => p.action === `plugin::content-manager.explorer.${verb}`).map((p) => p.subject);
      expect([...subjects].sort()).toEqual([...EDITORS_CONTENT_TYPES].sort());
    }
    const article = permissions.find(
      (p) => p.action === 'plugin::content-manager.explorer.update' && p.subject === 'api::article.article'
    );
    expect([...(article?.properties.locales ?? [])].sort()).toEqual(NEWSROOM_LOCALES.map((locale) => locale.code).sort());
    expect(permissions.map((p) => p.action)).toEqual(
      expect.arrayContaining(['plugin::upload.read', 'plugin::upload.assets.create', 'plugin::upload.assets.update'])
    );
    const others = permissions.filter(
      (p) => !p.action.startsWith('plugin::content-manager.explorer.') && !p.action.startsWith('plugin::upload.assets.')
    );
    expect(others.map((p) => p.action)).toEqual(['plugin::upload.read']);
  });

  it.each([
    ['collection-types', 'api::reaction.reaction'],
    ['collection-types', 'api::comment.comment'],
    ['collection-types', 'api::moderation-event.moderation-event'],
    ['collection-types', 'api::comment-report.comment-report'],
    ['collection-types', 'plugin::users-permissions.user'],
    ['single-types', 'api::comment-setting.comment-setting'],
  ])('is refused the %s %s', async (kind, uid) => {
    await as(token).get(`/content-manager/${kind}/${uid}`).expect(403);
  });

  it('is refused the settings: roles, users, API tokens', async () => {
    await as(token).get('/admin/roles').expect(403);
    await as(token).get('/admin/users').expect(403);
    await as(token).get('/admin/api-tokens').expect(403);
  });

  it('writes and publishes an article, and translates it', async () => {
    const section = await sectionId(app, 'asia');
    const created = await as(token)
      .post(`${CM}/api::article.article?locale=en`)
      .send({ title: 'Written at the desk', slug: 'desk-written', section: { connect: [{ documentId: section, locale: 'en' }] } })
      .expect(201);
    const documentId = created.body.data.documentId as string;
    await as(token).post(`${CM}/api::article.article/${documentId}/actions/publish?locale=en`).send({}).expect(200);
    await as(token)
      .put(`${CM}/api::article.article/${documentId}?locale=fa-AF`)
      .send({ title: 'نوشته در میز', slug: 'desk-written' })
      .expect(200);
    const rows = await app.strapi.db
      .query('api::article.article')
      .findMany({ where: { documentId }, select: ['locale', 'publishedAt'] });
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ locale: 'en', publishedAt: expect.anything() }),
        expect.objectContaining({ locale: 'fa-AF', publishedAt: null }),
      ])
    );
  });

  it('lists quotes, people, images, tags and fronts', async () => {
    for (const uid of ['api::quote.quote', 'api::person.person', 'api::image.image', 'api::tag.tag', 'api::front.front']) {
      await as(token).get(`${CM}/${uid}`).expect(200);
    }
  });

  it('uploads to the media library and lists it', async () => {
    // A 1×1 PNG: the media library takes photographs only (config/plugins.ts).
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64'
    );
    await as(token).post('/upload').attach('files', png, 'press-conference.png').expect(201);
    const listed = await as(token).get('/upload/files').expect(200);
    expect(JSON.stringify(listed.body)).toContain('press-conference');
  });
});

describe('the role at start-up', () => {
  it('is one role, named Editor', async () => {
    const named = await roles().findMany({ where: { name: EDITOR_ADMIN_ROLE.name } });
    expect(named).toEqual([expect.objectContaining({ code: EDITOR_ADMIN_ROLE.code })]);
  });

  it('keeps what an administrator changed since: a restart adds nothing back', async () => {
    const role = await roles().findOne({ where: { code: EDITOR_ADMIN_ROLE.code } });
    const roleService = app.strapi.service('admin::role');
    const permissions = await app.strapi.service('admin::permission').findMany({ where: { role: { id: role.id } } });
    const withoutTags = permissions.filter((p: { subject: string | null }) => p.subject !== 'api::tag.tag');
    await roleService.assignPermissions(role.id, withoutTags);

    await ensureEditorRole(app.strapi);
    const after = await app.strapi.service('admin::permission').findMany({ where: { role: { id: role.id } } });
    expect(after.filter((p: { subject: string | null }) => p.subject === 'api::tag.tag')).toEqual([]);
    expect(after).toHaveLength(withoutTags.length);
    expect(await roles().count({ where: { name: EDITOR_ADMIN_ROLE.name } })).toBe(1);
  });

  it('takes over Strapi’s own "Editor" role of an older database, once, its users keeping it', async () => {
    const role = await roles().findOne({ where: { code: EDITOR_ADMIN_ROLE.code } });
    // As Strapi left it on the first start: its own code, and the readers' types among the rest.
    await roles().update({ where: { id: role.id }, data: { code: 'strapi-editor' } });
    const roleService = app.strapi.service('admin::role');
    const permissions = await app.strapi.service('admin::permission').findMany({ where: { role: { id: role.id } } });
    await roleService.assignPermissions(role.id, [
      ...permissions,
      { action: 'plugin::content-manager.explorer.read', subject: 'api::reaction.reaction', properties: {}, conditions: [] },
    ]);

    await ensureEditorRole(app.strapi);
    const after = await roles().findOne({ where: { id: role.id } });
    expect(after.code).toBe(EDITOR_ADMIN_ROLE.code);
    const readable = (await ownPermissions(token))
      .filter((p) => p.action === 'plugin::content-manager.explorer.read')
      .map((p) => p.subject);
    expect([...readable].sort()).toEqual([...EDITORS_CONTENT_TYPES, ...EDITORS_READ_ONLY].sort());
    await as(token).get(`${CM}/api::reaction.reaction`).expect(403);
  });
});
