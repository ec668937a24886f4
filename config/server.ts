import type { Core } from '@strapi/strapi';
import { readSettings } from '../src/settings';

const config = (): Core.Config.Server => {
  const settings = readSettings();
  return {
    host: settings.HOST,
    port: settings.PORT,
    // The address readers use (e.g. https://news.example.org): the origin of every absolute address
    // the site gives out (src/site/public-origin.ts, which falls back to HOST:PORT when empty).
    url: settings.PUBLIC_URL,
    // Behind a load balancer (nginx, a CDN): trust X-Forwarded-For for the client address, which
    // rate limits and reader identity use. Only enable when a proxy sets that header.
    proxy: {
      koa: settings.IS_PROXIED,
      // Only the address the nearest proxy saw: readers cannot spoof it by sending the header.
      maxIpsCount: settings.PROXY_MAX_IPS_COUNT,
    },
    app: {
      keys: settings.APP_KEYS.split(',').map((key) => key.trim()),
    },
    dirs: {
      // Tests point this at a throwaway folder so uploads never land in the working tree.
      public: settings.PUBLIC_DIR,
    },
    // Webhooks carry the entry without its relations (Strapi 5's recommended setting).
    webhooks: {
      populateRelations: false,
    },
  };
};

export default config;
