/**
 * Runs before every test file's modules load: the app must not read a developer's .env (Strapi
 * loads ENV_PATH, or ./.env, when @strapi/strapi is first imported), and gets fresh secrets.
 */
import crypto from 'crypto';

const random = () => crypto.randomBytes(16).toString('hex');

Object.assign(process.env, {
  ENV_PATH: '/dev/null',
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL || 'error',
  HOST: '127.0.0.1',
  PUBLIC_URL: '',
  APP_KEYS: [random(), random()].join(','),
  API_TOKEN_SALT: random(),
  ADMIN_JWT_SECRET: random(),
  TRANSFER_TOKEN_SALT: random(),
  JWT_SECRET: random(),
  ENCRYPTION_KEY: random(),
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
});
process.env.DATABASE_CLIENT = process.env.DATABASE_CLIENT || 'sqlite';
