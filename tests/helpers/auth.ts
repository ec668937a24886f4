import crypto from 'crypto';
import type { TestApp } from './app';
import { EDITOR_ADMIN_ROLE } from '../../src/bootstrap/editor-role';

/** Credentials for the write paths other than the public API: API tokens and admin users. */

export const createApiToken = async (app: TestApp, type: 'full-access' | 'read-only' = 'full-access'): Promise<string> => {
  const token = await app.strapi.service('admin::api-token').create({
    name: `test-${type}-${crypto.randomBytes(4).toString('hex')}`,
    description: 'Created by the test suite',
    type,
    lifespan: null,
  });
  return token.accessKey as string;
};

/** A Super Admin signed in through POST /admin/login: what an editor's browser does. */
export const signInAsSuperAdmin = async (app: TestApp): Promise<string> => {
  const email = `editor-${crypto.randomBytes(4).toString('hex')}@newsroom.test`;
  const password = 'Editor-Passw0rd';
  const superAdmin = await app.strapi.service('admin::role').getSuperAdmin();
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: 'Editor',
    password,
    isActive: true,
    roles: [superAdmin.id],
  });
  const res = await app.http().post('/admin/login').send({ email, password }).expect(200);
  return res.body.data.token as string;
};

/** An admin-panel user with only the newsroom's "Editor" role, signed in through POST /admin/login. */
export const signInAsEditor = async (app: TestApp): Promise<string> => {
  const email = `desk-${crypto.randomBytes(4).toString('hex')}@newsroom.test`;
  const password = 'Editor-Passw0rd';
  const editor = await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ADMIN_ROLE.code } });
  await app.strapi.service('admin::user').create({ email, firstname: 'Desk', lastname: 'Editor', password, isActive: true, roles: [editor.id] });
  const res = await app.http().post('/admin/login').send({ email, password }).expect(200);
  return res.body.data.token as string;
};

/** The content manager's publish action, as the admin panel's Publish button calls it. */
export const publishInAdminPanel = (app: TestApp, token: string, uid: string, documentId: string, locale = 'en') =>
  app
    .http()
    .post(`/content-manager/collection-types/${uid}/${documentId}/actions/publish?locale=${locale}`)
    .set('Authorization', `Bearer ${token}`)
    .send({});
