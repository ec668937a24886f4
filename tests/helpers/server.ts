import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { generateSecrets } from '../../scripts/secrets';
import { createTestDatabase, type TestDatabase } from './database';

/**
 * The built app as a real server (`strapi start`) on a free port, on a throwaway database and
 * public folder: what the browser tests talk to. Needs `npm run build` first (test:browser does it).
 */
export interface RunningServer {
  url: string;
  /** The environment the server runs with (database, secrets): for scripts run against it. */
  env: Record<string, string>;
  database: TestDatabase;
  publicDir: string;
  /** The process, for signals; `output()` is what it printed so far. */
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** A database shared with other servers (left in place by stop()); a throwaway one otherwise. */
  database?: TestDatabase;
  /** A public folder shared with other servers. */
  publicDir?: string;
}

const appDir = path.resolve(__dirname, '..', '..');

/** A fresh set of the secrets the app refuses to start without; servers sharing a database share one set. */
export const randomSecrets = (): Record<string, string> => generateSecrets();

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const waitForHealth = async (url: string, child: ChildProcess, log: () => string, timeoutMs = 90000) => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The server did not answer within ${timeoutMs} ms:\n${log()}`);
};

export const startServer = async (env: Record<string, string> = {}, options: ServerOptions = {}): Promise<RunningServer> => {
  const database = options.database ?? (await createTestDatabase());
  const publicDir = options.publicDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-public-'));
  if (!options.publicDir) fs.mkdirSync(path.join(publicDir, 'uploads'));
  const port = await freePort();
  let output = '';
  const serverEnv: Record<string, string> = {
    ENV_PATH: '/dev/null',
    // Not production: the admin panel's secure cookies would need HTTPS.
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: '',
    PUBLIC_DIR: publicDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    ...randomSecrets(),
    ...database.env,
    ...env,
  };
  const child = spawn(process.execPath, [path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: appDir,
    env: { ...process.env, ...serverEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);

  return {
    url,
    env: serverEnv,
    database,
    publicDir,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (!options.database) await database.drop();
      if (!options.publicDir) fs.rmSync(publicDir, { recursive: true, force: true });
    },
  };
};
