import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { responseErrors } from './contract';
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

type Agent = ReturnType<typeof request>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/**
 * Every answer a test receives from a documented route is checked against the OpenAPI document,
 * after the test's own expectations (so a wrong status is reported as such first): an answer that
 * drifts from the contract fails the test that received it.
 */
const checkedAgainstContract = (agent: Agent): Agent => {
  for (const method of METHODS) {
    const open = agent[method].bind(agent);
    agent[method] = (url: string) => {
      const test = open(url);
      const end = test.end.bind(test);
      let added = false;
      test.end = (callback) => {
        if (!added) {
          added = true;
          test.expect((res) => {
            const errors = responseErrors(method, url, res);
            if (errors.length) throw new Error(`The answer does not match docs/contracts/openapi.json:\n  ${errors.join('\n  ')}`);
          });
        }
        return end(callback);
      };
      return test;
    };
  }
  return agent;
};

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
    http: () => checkedAgainstContract(request(strapi.server.httpServer)),
    database,
    async close() {
      await strapi.destroy();
      await database.drop();
      fs.rmSync(publicDir, { recursive: true, force: true });
    },
  };
};
