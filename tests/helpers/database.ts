import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

/**
 * One throwaway database per test file: a SQLite file in the temp folder, or a PostgreSQL
 * database created for the file and dropped after it. PostgreSQL that cannot be reached fails
 * the run; it is never skipped.
 */
export interface TestDatabase {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  drop(): Promise<void>;
}

const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const withAdmin = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
  const admin = new Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL}: ${(error as Error).message}`);
  }
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
};

export const createTestDatabase = async (): Promise<TestDatabase> => {
  const name = `newsroom_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

  if (process.env.DATABASE_CLIENT === 'postgres') {
    await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      client: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
    };
  }

  const file = path.join(os.tmpdir(), `${name}.db`);
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
};
