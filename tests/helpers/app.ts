import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';

/**
 * Boots the real compiled app on a throwaway database and a throwaway public folder (uploads go
 * there), mounted on its HTTP server but listening on no port: supertest drives it in-process.
 */
export interface TestApp {
  strapi: Core.Strapi;
  http: () => ReturnType<typeof request>;
  database: TestDatabase;
  close(): Promise<void>;
}

const appDir = path.resolve(__dirname, '..', '..');

export const bootApp = async (options: { seedDemo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-public-'));
  fs.mkdirSync(path.join(publicDir, 'uploads'));

  Object.assign(process.env, database.env, {
    PUBLIC_DIR: publicDir,
    SEED_DEMO: options.seedDemo === false ? 'false' : 'true',
    ...options.env,
  });

  const { createStrapi } = await import('@strapi/strapi');
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false });
  await strapi.load();
  strapi.server.mount();

  return {
    strapi,
    http: () => request(strapi.server.httpServer),
    database,
    async close() {
      await strapi.destroy();
      await database.drop();
      fs.rmSync(publicDir, { recursive: true, force: true });
    },
  };
};
