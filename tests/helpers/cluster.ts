import crypto from 'crypto';
import { execFile, spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { createTestDatabase, type TestDatabase } from './database';
import { freePort, randomSecrets, startServer, type RunningServer } from './server';

/**
 * Several instances of the built app sharing one PostgreSQL database, one public folder, one
 * set of secrets and (optionally) one Redis: what a load balancer sits in front of.
 */
export interface Cluster {
  instances: RunningServer[];
  database: TestDatabase;
  env: Record<string, string>;
  /** A moderator's JWT, valid on every instance (they share JWT_SECRET). */
  moderatorJwt(): Promise<string>;
  stop(): Promise<void>;
}

const appDir = path.resolve(__dirname, '..', '..');

export const startCluster = async (count: number, env: Record<string, string> = {}): Promise<Cluster> => {
  process.env.DATABASE_CLIENT = 'postgres';
  const database = await createTestDatabase();
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-public-'));
  fs.mkdirSync(path.join(publicDir, 'uploads'));
  const shared: Record<string, string> = {
    ...randomSecrets(),
    SERVE_ADMIN_PANEL: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    ...env,
  };
  const instances: RunningServer[] = [];
  try {
    // One at a time: the first creates the schema and seeds the demo article.
    for (let i = 0; i < count; i += 1) {
      instances.push(await startServer({ ...shared, SEED_DEMO: i === 0 ? 'true' : 'false' }, { database, publicDir }));
    }
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop()));
    throw error;
  }
  let jwt: string | null = null;
  return {
    instances,
    database,
    env: { ...instances[0].env },
    async moderatorJwt() {
      if (jwt) return jwt;
      const email = `mod-${crypto.randomBytes(4).toString('hex')}@newsroom.test`;
      const password = 'Moderat0r-pass';
      await promisify(execFile)(process.execPath, [path.join(appDir, 'scripts', 'moderator-create.js'), '--email', email, '--password', password], {
        cwd: appDir,
        env: { ...process.env, ...instances[0].env },
      });
      const res = await fetch(`${instances[0].url}/api/auth/local`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identifier: email, password }),
      });
      if (res.status !== 200) throw new Error(`moderator sign-in: ${res.status} ${await res.text()}`);
      jwt = ((await res.json()) as { jwt: string }).jwt;
      return jwt;
    },
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop()));
      await database.drop();
      fs.rmSync(publicDir, { recursive: true, force: true });
    },
  };
};

/** nginx running deploy/nginx/nginx.conf, its upstreams pointed at the given instances. */
export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

export const startNginx = async (upstreams: string[]): Promise<Nginx> => {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-nginx-'));
  const port = await freePort();
  let conf = fs.readFileSync(path.join(appDir, 'deploy', 'nginx', 'nginx.conf'), 'utf8');
  const servers = upstreams.map((url) => `    server ${new URL(url).host} max_fails=3 fail_timeout=5s;`).join('\n');
  conf = conf.replace(/( {4}server 127\.0\.0\.1:\d+ [^\n]*\n)+/, `${servers}\n`);
  conf = conf.replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  // Which instance answered, for the test only.
  conf = conf.replace(/proxy_pass http:\/\/newsroom;/, 'proxy_pass http://newsroom;\n      add_header X-Upstream $upstream_addr always;');
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  fs.mkdirSync(path.join(prefix, 'logs'));
  const child: ChildProcess = spawn(
    'nginx',
    ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', `daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/logs/error.log warn;`],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) break;
    } catch {
      // not yet
    }
    if (i > 100) throw new Error(`nginx did not answer: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
};

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * A request from a given loopback address (127.0.0.x): through nginx, each address is a
 * different reader, as the app sees the address nginx saw.
 */
export const requestFrom = (
  localAddress: string,
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        localAddress,
        headers: { ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) } : {}), ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      }
    );
    req.on('error', reject);
    req.end(payload);
  });
