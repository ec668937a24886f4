'use strict';
/**
 * What `npm run bench` (bench/run.js) and `npm run bench:archive` (bench/archive/build.js) share:
 * building the app when dist/ is stale, starting the built app on a database, the autocannon
 * runner, tables, and PostgreSQL helpers. One copy, so both measure and start the app the same way.
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const autocannon = require('autocannon');
const { Client } = require('pg');
const { generateSecrets } = require('../scripts/secrets');

const appDir = path.resolve(__dirname, '..');
const ADMIN_URL = process.env.BENCH_POSTGRES_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_DURATION || 5);
const strapiBin = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// One set of secrets per process: every instance a run starts signs and hashes alike.
const secrets = generateSecrets();

const newestMtime = (dir) => {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
};

/** Builds the app (strapi build) when dist/ is missing or older than src/ and config/. */
const buildIfNeeded = () => {
  const marker = path.join(appDir, 'dist', 'src', 'index.js');
  const admin = path.join(appDir, 'dist', 'build', 'index.html');
  const stale =
    !fs.existsSync(marker) ||
    !fs.existsSync(admin) ||
    Math.max(newestMtime(path.join(appDir, 'src')), newestMtime(path.join(appDir, 'config'))) > fs.statSync(marker).mtimeMs;
  if (!stale) return log('dist/ is up to date.');
  log('Building the app (strapi build)...');
  const result = spawnSync(process.execPath, [strapiBin, 'build'], {
    cwd: appDir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...secrets },
  });
  if (result.status !== 0) throw new Error('strapi build failed');
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** The environment of the built app on a database, as the benchmark runs it (rate limits lifted). */
const appEnv = (databaseUrl, publicDir, extraEnv = {}) => ({
  ...process.env,
  ...secrets,
  ENV_PATH: '/dev/null',
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PUBLIC_URL: '',
  PUBLIC_DIR: publicDir,
  DATABASE_CLIENT: 'postgres',
  DATABASE_URL: databaseUrl,
  SEED_DEMO: 'true',
  // The request log would measure the terminal: production runs log warnings.
  LOG_LEVEL: 'warn',
  RATE_LIMIT_COMMENTS: '100000000',
  RATE_LIMIT_REACTIONS: '100000000',
  RATE_LIMIT_REPORTS: '100000000',
  REDIS_URL: '',
  ...extraEnv,
});

/** Starts the built app (strapi start) on a database and waits for /_health. */
const startApp = async (name, databaseUrl, publicDir, extraEnv) => {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [strapiBin, 'start'], {
    cwd: appDir,
    env: { ...appEnv(databaseUrl, publicDir, extraEnv), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${output}`);
    if (Date.now() - started > 180000) throw new Error(`${name} did not start:\n${output}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) break;
    } catch {
      // not yet listening
    }
    await sleep(300);
  }
  log(`${name} is up at ${url} (pid ${child.pid}).`);
  return { name, url, child, output: () => output };
};

/** Runs a script of the app (scripts/*.js) on a database, as the benchmark's instances see it; resolves with its output. */
const runAppScript = (script, args, databaseUrl, publicDir, extraEnv = {}, { inherit = false } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(appDir, 'scripts', script), ...args], {
      cwd: appDir,
      env: { ...appEnv(databaseUrl, publicDir, extraEnv), LOG_LEVEL: 'error' },
      stdio: ['ignore', inherit ? 'inherit' : 'pipe', inherit ? 'inherit' : 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} exited ${code}:\n${output}`))));
  });

const stop = async (child) => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
};

/** Resident memory of a process, in MB, sampled while it is under load (the peak is kept). */
const rssMb = (pid) => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
};

/** One autocannon cell: BENCH_DURATION seconds unless options say otherwise; the app's peak RSS sampled. */
const measure = async (label, options, pid) => {
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  const result = await autocannon({ duration: DURATION, ...options });
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  const row = {
    scenario: label,
    connections: options.connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    appRssMb: Math.round(peak),
  };
  log(`${label} @${options.connections}: ${row.requestsPerSecond} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, errors ${row.errors}, non-2xx ${row.non2xx}`);
  return row;
};

/** A plain-text table: the first column left-aligned, the others right-aligned. */
const formatTable = (head, lines) => {
  const cells = lines.map((l) => l.map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((l) => l[i].length)));
  const fmt = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(fmt)].join('\n');
};

const table = (rows) =>
  formatTable(
    ['scenario', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'app RSS MB'],
    rows.map((r) => [r.scenario, r.connections, r.requestsPerSecond, r.p50Ms, r.p99Ms, r.errors, r.non2xx, r.appRssMb])
  );

// PostgreSQL: the admin connection (BENCH_POSTGRES_ADMIN_URL) makes and drops databases.
const databaseUrl = (name) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

const withClient = async (url, work) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

const databaseExists = (name) =>
  withClient(ADMIN_URL, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0);
const createDatabase = (name) => withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
const dropDatabase = (name) => withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));

module.exports = {
  appDir,
  ADMIN_URL,
  DURATION,
  log,
  sleep,
  secrets,
  buildIfNeeded,
  freePort,
  appEnvironment: appEnv,
  startApp,
  runAppScript,
  stop,
  rssMb,
  measure,
  table,
  formatTable,
  databaseUrl,
  withClient,
  quoteIdent,
  databaseExists,
  createDatabase,
  dropDatabase,
};
