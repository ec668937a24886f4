import type { Core } from '@strapi/strapi';
import { requireSecret } from './secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requireSecret(env, 'JWT_SECRET'),
    },
  },
  // Used only for the optional moderator notifications (MODERATION_EMAIL_ENABLED). sendmail ships
  // with Strapi; another provider (e.g. @strapi/provider-email-nodemailer) is installed and named here.
  email: {
    config: {
      provider: env('EMAIL_PROVIDER', 'sendmail'),
      providerOptions: {},
      settings: {
        defaultFrom: env('EMAIL_FROM', 'newsroom@localhost'),
        defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'newsroom@localhost')),
      },
    },
  },
  upload: {
    config: {
      // Newsroom media are photos; SVG can carry script, executables have no place here.
      security: {
        allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
        deniedTypes: ['image/svg+xml'],
      },
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 20 * 1024 * 1024),
    },
  },
});

export default config;
