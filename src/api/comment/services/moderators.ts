import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MODERATOR_ROLE_TYPE } from '../policies/is-moderator';
import { COMMENT_MODERATOR_ADMIN_ROLE } from '../../../bootstrap/moderator-roles';

/**
 * Moderator accounts (`npm run moderator:create`): a users-permissions user with the Moderator
 * role for the moderation API, or with `admin`, an admin-panel user with the "Comment moderator"
 * role. Running it again for the same e-mail gives the account the role; it never duplicates.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
// The admin panel's own rule; the API accounts get the same so one password policy holds.
const STRONG = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$/;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async createAccount(input: { email: string; password: string; admin?: boolean; firstname?: string; lastname?: string }) {
    const email = (input.email ?? '').trim().toLowerCase();
    if (!EMAIL.test(email)) throw new errors.ValidationError(`"${input.email}" is not an e-mail address.`);
    if (!STRONG.test(input.password ?? '')) {
      throw new errors.ValidationError('The password needs 8 or more characters with a lower-case letter, an upper-case letter and a digit.');
    }

    if (input.admin) {
      const role = await strapi.db.query('admin::role').findOne({ where: { code: COMMENT_MODERATOR_ADMIN_ROLE.code } });
      if (!role) throw new errors.ApplicationError('The "Comment moderator" admin role is missing: start the app once first.');
      const existing = await strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
      if (existing) {
        const roles = [...new Set([...(existing.roles ?? []).map((r: { id: number }) => r.id), role.id])];
        await strapi.service('admin::user').updateById(existing.id, { roles });
        return { kind: 'admin' as const, email, created: false };
      }
      await strapi.service('admin::user').create({
        email,
        firstname: input.firstname || email.split('@')[0],
        lastname: input.lastname || 'Moderator',
        password: input.password,
        isActive: true,
        roles: [role.id],
      });
      return { kind: 'admin' as const, email, created: true };
    }

    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: MODERATOR_ROLE_TYPE } });
    if (!role) throw new errors.ApplicationError('The Moderator role is missing: start the app once first.');
    const users = strapi.plugin('users-permissions').service('user');
    const existing = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } });
    if (existing) {
      await users.edit(existing.id, { role: role.id, password: input.password, confirmed: true, blocked: false });
      return { kind: 'api' as const, email, created: false };
    }
    await users.add({ username: email, email, password: input.password, provider: 'local', confirmed: true, blocked: false, role: role.id });
    return { kind: 'api' as const, email, created: true };
  },
});
