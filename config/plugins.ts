import type { Core } from '@strapi/strapi';
import { requireSecret } from './secrets';

/** @strapi/provider-upload-aws-s3, configured from the environment (docs/deployment.md). */
const s3Options = (env: Core.Config.Shared.ConfigParams['env']) => ({
  // Public address of the files (a CDN in front of the bucket); the bucket's own URL otherwise.
  baseUrl: env('UPLOAD_S3_BASE_URL', undefined),
  rootPath: env('UPLOAD_S3_ROOT_PATH', undefined),
  s3Options: {
    credentials: {
      accessKeyId: env('UPLOAD_S3_ACCESS_KEY_ID'),
      secretAccessKey: env('UPLOAD_S3_SECRET_ACCESS_KEY'),
    },
    region: env('UPLOAD_S3_REGION', 'us-east-1'),
    // S3-compatible stores (MinIO, R2, Spaces) have their own endpoint and often want path-style URLs.
    ...(env('UPLOAD_S3_ENDPOINT', '') ? { endpoint: env('UPLOAD_S3_ENDPOINT'), forcePathStyle: env.bool('UPLOAD_S3_FORCE_PATH_STYLE', true) } : {}),
    params: {
      Bucket: env('UPLOAD_S3_BUCKET'),
      ACL: env('UPLOAD_S3_ACL', 'public-read'),
    },
  },
});

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
      // Several instances need one media store: UPLOAD_PROVIDER=aws-s3 (S3 or any S3-compatible
      // store: MinIO, R2, Spaces) keeps files there instead of each instance's public/uploads.
      ...(env('UPLOAD_PROVIDER', 'local') === 'aws-s3' ? { provider: 'aws-s3', providerOptions: s3Options(env) } : {}),
    },
  },
});

export default config;
