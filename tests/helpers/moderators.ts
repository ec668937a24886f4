import crypto from 'crypto';
import type { TestApp } from './app';

/** Accounts for the moderation tests, made the way `npm run moderator:create` makes them. */
const PASSWORD = 'Moderat0r-pass';

export const signInAsModerator = async (app: TestApp): Promise<{ jwt: string; email: string }> => {
  const email = `mod-${crypto.randomBytes(4).toString('hex')}@newsroom.test`;
  await app.strapi.service('api::comment.moderators').createAccount({ email, password: PASSWORD });
  const res = await app.http().post('/api/auth/local').send({ identifier: email, password: PASSWORD }).expect(200);
  return { jwt: res.body.jwt as string, email };
};

/** A signed-in reader with the ordinary Authenticated role. */
export const signInAsReader = async (app: TestApp): Promise<string> => {
  const email = `reader-${crypto.randomBytes(4).toString('hex')}@newsroom.test`;
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await app.strapi
    .plugin('users-permissions')
    .service('user')
    .add({ username: email, email, password: PASSWORD, provider: 'local', confirmed: true, blocked: false, role: role.id });
  const res = await app.http().post('/api/auth/local').send({ identifier: email, password: PASSWORD }).expect(200);
  return res.body.jwt as string;
};

/** An admin-panel user with the "Comment moderator" role, signed in through /admin/login. */
export const signInAsAdminModerator = async (app: TestApp): Promise<{ token: string; email: string }> => {
  const email = `cm-${crypto.randomBytes(4).toString('hex')}@newsroom.test`;
  await app.strapi.service('api::comment.moderators').createAccount({ email, password: PASSWORD, admin: true });
  const res = await app.http().post('/admin/login').send({ email, password: PASSWORD }).expect(200);
  return { token: res.body.data.token as string, email };
};
