import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MODERATOR_ROLE_TYPE } from '../policies/is-moderator';
import { COMMENT_MODERATOR_ADMIN_ROLE } from '../../../bootstrap/moderator-roles';
import { isEmailAddress } from '../../../validation/email';

/**
 * Moderator accounts (`npm run moderator:create`): a users-permissions user with the Moderator
 * role for the moderation API, or with `admin`, an admin-panel user with the "Comment moderator"
 * role.
 *
 * It never promotes an API account it did not make: whoever registered the address first (sign-up
 * was open, and it never proved the address) would keep a valid token that then reaches the
 * moderation API. Refusing is the whole fix: the operator deletes that account in the admin panel,
 * which also ends its tokens (the policy looks the user up), then runs the command again. Taking
 * the account over instead would need a revocation check in every policy for stateless JWTs.
 * Admin-panel accounts cannot be self-registered, so an active one was made by an administrator:
 * it gets the role, its password untouched; one whose invitation is not accepted yet is refused.
 */
// The admin panel's own rule; the API accounts get the same so one password policy holds.
const STRONG = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$/;

const MESSAGES = {
  notEmail: (input: string) => `"${input}" is not an e-mail address.`,
  weakPassword: 'The password needs 8 or more characters with a lower-case letter, an upper-case letter and a digit.',
  adminRoleMissing: 'The "Comment moderator" admin role is missing: start the app once first.',
  apiRoleMissing: 'The Moderator role is missing: start the app once first.',
  someoneElsesAccount: (email: string) =>
    `An account with the e-mail ${email} already exists and is not a moderator: it may belong to someone else, ` +
    'so nothing was changed. Check who it belongs to; delete it in the admin panel (Content Manager → User) ' +
    'to end its sessions, then run this command again.',
  inactiveAdmin: (email: string) =>
    `The admin-panel account ${email} is not active (an invitation nobody has accepted yet, or a deactivated ` +
    'account): nothing was changed. Activate it in the admin panel first, or delete it and run this command again.',
} as const;

export type AccountOutcome = {
  kind: 'api' | 'admin';
  email: string;
  /** created: a new account; updated: an existing admin account was given the role; unchanged: already a moderator. */
  outcome: 'created' | 'updated' | 'unchanged';
};

interface AccountInput {
  email: string;
  password: string;
  admin?: boolean;
  firstname?: string;
  lastname?: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const adminAccount = async (email: string, input: AccountInput): Promise<AccountOutcome> => {
    const role = await strapi.db.query('admin::role').findOne({ where: { code: COMMENT_MODERATOR_ADMIN_ROLE.code } });
    if (!role) throw new errors.ApplicationError(MESSAGES.adminRoleMissing);
    const existing = await strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
    if (existing) {
      if (!existing.isActive) throw new errors.ApplicationError(MESSAGES.inactiveAdmin(email));
      const roleIds: number[] = (existing.roles ?? []).map((r: { id: number }) => r.id);
      if (roleIds.includes(role.id)) return { kind: 'admin', email, outcome: 'unchanged' };
      await strapi.service('admin::user').updateById(existing.id, { roles: [...roleIds, role.id] });
      return { kind: 'admin', email, outcome: 'updated' };
    }
    await strapi.service('admin::user').create({
      email,
      firstname: input.firstname || email.split('@')[0],
      lastname: input.lastname || 'Moderator',
      password: input.password,
      isActive: true,
      roles: [role.id],
    });
    return { kind: 'admin', email, outcome: 'created' };
  };

  const apiAccount = async (email: string, input: AccountInput): Promise<AccountOutcome> => {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: MODERATOR_ROLE_TYPE } });
    if (!role) throw new errors.ApplicationError(MESSAGES.apiRoleMissing);
    const existing = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email }, populate: { role: { select: ['type'] } } });
    if (existing) {
      if (existing.role?.type !== MODERATOR_ROLE_TYPE) throw new errors.ApplicationError(MESSAGES.someoneElsesAccount(email));
      return { kind: 'api', email, outcome: 'unchanged' };
    }
    await strapi
      .plugin('users-permissions')
      .service('user')
      .add({ username: email, email, password: input.password, provider: 'local', confirmed: true, blocked: false, role: role.id });
    return { kind: 'api', email, outcome: 'created' };
  };

  return {
    async createAccount(input: AccountInput): Promise<AccountOutcome> {
      const email = (input.email ?? '').trim().toLowerCase();
      if (!isEmailAddress(email)) throw new errors.ValidationError(MESSAGES.notEmail(input.email));
      if (!STRONG.test(input.password ?? '')) throw new errors.ValidationError(MESSAGES.weakPassword);
      return input.admin ? adminAccount(email, input) : apiAccount(email, input);
    },
  };
};
