import type { Core } from '@strapi/strapi';
import { readSettings } from '../src/settings';

const config = (): Core.Config.Admin => {
  const settings = readSettings();
  return {
    // API-only instances (behind a load balancer that sends /admin elsewhere) need no admin build.
    serveAdminPanel: settings.SERVE_ADMIN_PANEL,
    auth: {
      secret: settings.ADMIN_JWT_SECRET,
    },
    apiToken: {
      salt: settings.API_TOKEN_SALT,
    },
    transfer: {
      token: {
        salt: settings.TRANSFER_TOKEN_SALT,
      },
    },
    secrets: {
      encryptionKey: settings.ENCRYPTION_KEY,
    },
    // No satisfaction survey and no Enterprise promotion in a newsroom's admin panel.
    flags: {
      nps: false,
      promoteEE: false,
    },
  };
};

export default config;
