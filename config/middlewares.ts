import type { Core } from '@strapi/strapi';

// With media in S3 (UPLOAD_PROVIDER=aws-s3), the admin panel shows images from the bucket or its CDN.
const mediaOrigins = (env: Core.Config.Shared.ConfigParams['env']): string[] => {
  if (env('UPLOAD_PROVIDER', 'local') !== 'aws-s3') return [];
  const urls = [env('UPLOAD_S3_BASE_URL', ''), env('UPLOAD_S3_ENDPOINT', '')].filter(Boolean);
  const bucket = env('UPLOAD_S3_BUCKET', '');
  if (bucket) urls.push(`https://${bucket}.s3.${env('UPLOAD_S3_REGION', 'us-east-1')}.amazonaws.com`);
  return urls.map((url) => new URL(url).origin);
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
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
          'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...mediaOrigins(env)],
          'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins(env)],
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
