import type { Core } from '@strapi/strapi';
import { readSettings, type Settings } from '../src/settings';

/** @strapi/provider-upload-aws-s3, configured from the environment (docs/deployment.md). */
const s3Options = (settings: Settings) => ({
  // Public address of the files (a CDN in front of the bucket); the bucket's own URL otherwise.
  baseUrl: settings.UPLOAD_S3_BASE_URL,
  rootPath: settings.UPLOAD_S3_ROOT_PATH,
  s3Options: {
    credentials: {
      accessKeyId: settings.UPLOAD_S3_ACCESS_KEY_ID,
      secretAccessKey: settings.UPLOAD_S3_SECRET_ACCESS_KEY,
    },
    region: settings.UPLOAD_S3_REGION,
    // S3-compatible stores (MinIO, R2, Spaces) have their own endpoint and often want path-style URLs.
    ...(settings.UPLOAD_S3_ENDPOINT ? { endpoint: settings.UPLOAD_S3_ENDPOINT, forcePathStyle: settings.UPLOAD_S3_FORCE_PATH_STYLE } : {}),
    params: {
      Bucket: settings.UPLOAD_S3_BUCKET,
      ACL: settings.UPLOAD_S3_ACL,
    },
  },
});

const config = (): Core.Config.Plugin => {
  const settings = readSettings();
  return {
    'users-permissions': {
      config: {
        jwtSecret: settings.JWT_SECRET,
      },
    },
    // Used only for the optional moderator notifications (MODERATION_EMAIL_ENABLED). sendmail ships
    // with Strapi; another provider (e.g. @strapi/provider-email-nodemailer) is installed and named
    // here, with its options.
    email: {
      config: {
        provider: 'sendmail',
        providerOptions: {},
        settings: {
          defaultFrom: settings.EMAIL_FROM,
          defaultReplyTo: settings.EMAIL_REPLY_TO ?? settings.EMAIL_FROM,
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
        sizeLimit: settings.UPLOAD_SIZE_LIMIT,
        // Several instances need one media store: UPLOAD_PROVIDER=aws-s3 (S3 or any S3-compatible
        // store: MinIO, R2, Spaces) keeps files there instead of each instance's public/uploads.
        ...(settings.UPLOAD_PROVIDER === 'aws-s3' ? { provider: 'aws-s3', providerOptions: s3Options(settings) } : {}),
      },
    },
  };
};

export default config;
