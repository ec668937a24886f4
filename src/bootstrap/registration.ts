import type { Core } from '@strapi/strapi';

/**
 * Nobody signs up through the API (POST /api/auth/local/register, and the social providers, which
 * create accounts too): readers comment without accounts, and moderators are made by
 * `npm run moderator:create`. An open sign-up, which never proves the address, only lets a
 * stranger take an address first. The decision lives here, not in the admin panel's switch: every
 * start closes it again, writing allow_register only, and only when it is not already off.
 */
export const closePublicRegistration = async (strapi: Core.Strapi): Promise<void> => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown> | null;
  if (!advanced) throw new Error('The users-permissions "advanced" settings are missing: is the plugin installed?');
  if (advanced.allow_register === false) return;
  await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
};
