import path from 'path';
import type { Core } from '@strapi/strapi';
import { readSettings } from '../src/settings';

// dist/config/database.js -> the app's root, two levels up (the same when run from TypeScript).
const appRoot = path.resolve(__dirname, '..', '..');

const config = (): Core.Config.Database => {
  const settings = readSettings();

  if (settings.DATABASE_CLIENT === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          // DATABASE_URL wins when set; the separate variables are the fallback.
          connectionString: settings.DATABASE_URL,
          host: settings.DATABASE_HOST,
          port: settings.DATABASE_PORT,
          database: settings.DATABASE_NAME,
          user: settings.DATABASE_USERNAME,
          password: settings.DATABASE_PASSWORD,
          ssl: settings.DATABASE_SSL && { rejectUnauthorized: settings.DATABASE_SSL_REJECT_UNAUTHORIZED },
          schema: settings.DATABASE_SCHEMA,
        },
        pool: { min: settings.DATABASE_POOL_MIN, max: settings.DATABASE_POOL_MAX },
        acquireConnectionTimeout: settings.DATABASE_CONNECTION_TIMEOUT,
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        // resolve() keeps absolute paths (tests use one throwaway file each) as they are.
        filename: path.resolve(appRoot, settings.DATABASE_FILENAME),
      },
      useNullAsDefault: true,
    },
  };
};

export default config;
