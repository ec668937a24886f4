import type { Core } from '@strapi/strapi';
import { readSettings } from '../src/settings';
import { previewLink } from '../src/preview/link';
import { mayHandleStory, type Ability } from '../src/api/article/permissions';

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
    // The edit view's "Open preview": an article's version on the CMS's own reader page, through a
    // signed link that expires (src/preview). Other types have no preview (no button).
    preview: {
      enabled: true,
      config: {
        allowedOrigins: ["'self'", ...(settings.PUBLIC_URL ? [new URL(settings.PUBLIC_URL).origin] : [])],
        async handler(uid, { documentId, locale, status }) {
          if (uid !== 'api::article.article' || !documentId) return null;
          // Strapi asks no permission for a preview link (its own "TODO"): a link shows the whole
          // story, so only an admin user who may read stories gets one (not a headline-only role).
          const request = strapi.requestContext.get() as { state?: { userAbility?: Ability } } | undefined;
          if (request?.state && !mayHandleStory(request.state.userAbility)) return null;
          const path = previewLink(
            { documentId, locale: locale ?? '', status: status === 'published' ? 'published' : 'draft' },
            { secret: settings.PREVIEW_SECRET, ttlSeconds: settings.PREVIEW_LINK_TTL_SECONDS }
          );
          return `${settings.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
        },
      },
    },
  };
};

export default config;
