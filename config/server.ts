import type { Core } from '@strapi/strapi';
import { requireSecret } from './secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Public origin of the site (e.g. https://cms.example.org). Used for absolute media URLs and
  // structured data; empty means URLs stay relative to this server.
  url: env('PUBLIC_URL', ''),
  // Behind a load balancer (nginx, a CDN): trust X-Forwarded-For for the client address, which
  // rate limits and reader identity use. Only enable when a proxy sets that header.
  proxy: {
    koa: env.bool('IS_PROXIED', false),
    // Only the address the nearest proxy saw: readers cannot spoof it by sending the header.
    maxIpsCount: env.int('PROXY_MAX_IPS_COUNT', 1),
  },
  app: {
    keys: requireSecret(env, 'APP_KEYS').split(','),
  },
  dirs: {
    // Tests point this at a throwaway folder so uploads never land in the working tree.
    public: env('PUBLIC_DIR', './public'),
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
