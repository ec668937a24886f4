import type { Core } from '@strapi/strapi';
import { readSettings, type Settings } from '../src/settings';

// With media in S3 (UPLOAD_PROVIDER=aws-s3), the admin panel shows images from the bucket or its CDN.
const mediaOrigins = (settings: Settings): string[] => {
  if (settings.UPLOAD_PROVIDER !== 'aws-s3') return [];
  const urls = [settings.UPLOAD_S3_BASE_URL, settings.UPLOAD_S3_ENDPOINT].filter((url): url is string => Boolean(url));
  if (settings.UPLOAD_S3_BUCKET) urls.push(`https://${settings.UPLOAD_S3_BUCKET}.s3.${settings.UPLOAD_S3_REGION}.amazonaws.com`);
  return urls.map((url) => new URL(url).origin);
};

const config = (): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // Database unreachable (PostgreSQL restarting, failover): 503 with Retry-After, not 500.
  'global::database-unavailable',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...mediaOrigins(readSettings())],
          'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins(readSettings())],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
