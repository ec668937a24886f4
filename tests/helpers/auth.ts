import crypto from 'crypto';
import type { TestApp } from './app';

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
