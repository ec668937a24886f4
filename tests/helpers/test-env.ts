/**
 * Runs before every test file's modules load: the app must not read a developer's .env (Strapi
 * loads ENV_PATH, or ./.env, when @strapi/strapi is first imported), and gets fresh secrets.
 */
import { generateSecrets } from '../../scripts/secrets';

Object.assign(process.env, {
  ENV_PATH: '/dev/null',
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL || 'error',
  HOST: '127.0.0.1',
  PUBLIC_URL: '',
  ...generateSecrets(),
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
});
process.env.DATABASE_CLIENT = process.env.DATABASE_CLIENT || 'sqlite';
