#!/usr/bin/env node
'use strict';
/**
 * npm run bench: the assembled article under load, side by side with what it replaces and with
 * the limit, on PostgreSQL with the demo article, in one run.
 *
 *   1. assembled article, warm (served from the cache)
 *   2. assembled article, cache bypassed (a second instance with ARTICLE_CACHE=false, same database)
 *   3. stock Strapi REST: /api/articles?filters[slug][$eq]=...&populate=... (dynamic zone, images,
 *      quotes, speakers), with a read-only API token as a front-end would hold
 *   4. bare node:http returning the same bytes as 1: the limit
 *   5. posting comments and reactions (rate limits lifted for the run)
 *
 * Builds the app when dist/ is missing or older than src/ and config/, creates a throwaway
 * PostgreSQL database (BENCH_POSTGRES_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * and drops it afterwards. Prints a table and the ratios 1/4 and 2/3; writes the figures to
 * bench/results/latest.json (and a dated copy). Figures are ratios from one run on a shared machine.
 *
 * Settings: BENCH_CONNECTIONS (default "10,50,100"), BENCH_DURATION seconds per cell (default 5),
 * BENCH_WRITE_CONNECTIONS (default "10"), BENCH_OUTPUT (default bench/results/latest.json).
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const autocannon = require('autocannon');
const { Client } = require('pg');
const { generateSecrets } = require('../scripts/secrets');

const appDir = path.resolve(__dirname, '..');
const ADMIN_URL = process.env.BENCH_POSTGRES_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = (process.env.BENCH_CONNECTIONS || '10,50,100').split(',').map(Number);
const WRITE_CONNECTIONS = (process.env.BENCH_WRITE_CONNECTIONS || '10').split(',').map(Number);
const DURATION = Number(process.env.BENCH_DURATION || 5);
const OUTPUT = process.env.BENCH_OUTPUT || path.join(appDir, 'bench', 'results', 'latest.json');
// The demo article (src/demo/reference-article.ts, DEMO_SLUG).
const SLUG = 'evidence-mounts-of-close-al-qaeda-taliban-relationship';

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const newestMtime = (dir) => {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
};

const buildIfNeeded = () => {
  const marker = path.join(appDir, 'dist', 'src', 'index.js');
  const admin = path.join(appDir, 'dist', 'build', 'index.html');
  const stale =
    !fs.existsSync(marker) ||
    !fs.existsSync(admin) ||
    Math.max(newestMtime(path.join(appDir, 'src')), newestMtime(path.join(appDir, 'config'))) > fs.statSync(marker).mtimeMs;
  if (!stale) return log('dist/ is up to date.');
  log('Building the app (strapi build)...');
  const result = spawnSync(process.execPath, [path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], {
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

const secrets = generateSecrets();

const startApp = async (name, databaseUrl, publicDir, extraEnv) => {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: appDir,
    env: {
      ...process.env,
      ...secrets,
      ENV_PATH: '/dev/null',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
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
    },
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

const stockRestUrl = (base) => {
  const query = new URLSearchParams({
    'filters[slug][$eq]': SLUG,
    locale: 'en',
    'populate[byline]': 'true',
    'populate[tags]': 'true',
    'populate[heroImage][populate][file]': 'true',
    'populate[body][on][article.paragraph]': 'true',
    'populate[body][on][article.subheading]': 'true',
    'populate[body][on][article.image][populate][image][populate][file]': 'true',
    'populate[body][on][article.quote][populate][quote][populate][speaker]': 'true',
  });
  return `${base}/api/articles?${query}`;
};

/** A read-only API token, made through the admin API as an administrator would. */
const readOnlyToken = async (base) => {
  const password = 'Bench-Passw0rd';
  const register = await fetch(`${base}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bench@newsroom.test', firstname: 'Bench', lastname: 'Run', password }),
  });
  if (!register.ok) throw new Error(`register-admin: ${register.status} ${await register.text()}`);
  const { data } = await register.json();
  const created = await fetch(`${base}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${data.token}` },
    body: JSON.stringify({ name: 'front-end (bench)', type: 'read-only', lifespan: null }),
  });
  if (!created.ok) throw new Error(`api-tokens: ${created.status} ${await created.text()}`);
  return (await created.json()).data.accessKey;
};

const table = (rows) => {
  const head = ['scenario', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'app RSS MB'];
  const lines = rows.map((r) => [r.scenario, r.connections, r.requestsPerSecond, r.p50Ms, r.p99Ms, r.errors, r.non2xx, r.appRssMb].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
};

const main = async () => {
  buildIfNeeded();
  const dbName = `newsroom_bench_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-public-'));
  fs.mkdirSync(path.join(publicDir, 'uploads'));

  const children = [];
  const cleanup = async () => {
    for (const child of children) await stop(child);
    const again = new Client({ connectionString: ADMIN_URL });
    await again.connect();
    await again.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await again.end();
    fs.rmSync(publicDir, { recursive: true, force: true });
  };

  try {
    const cached = await startApp('app', dbUrl.toString(), publicDir, {});
    children.push(cached.child);
    const uncached = await startApp('app (cache off)', dbUrl.toString(), publicDir, { ARTICLE_CACHE: 'false', SEED_DEMO: 'false' });
    children.push(uncached.child);

    const assembledPath = `/api/articles/${SLUG}/assembled`;
    const warm = await fetch(`${cached.url}${assembledPath}`);
    if (warm.status !== 200) throw new Error(`assembled article: ${warm.status}`);
    const body = Buffer.from(await warm.arrayBuffer());
    const again = await fetch(`${cached.url}${assembledPath}`);
    if (again.headers.get('x-cache') !== 'HIT') throw new Error('the second request was not served from the cache');

    const token = await readOnlyToken(cached.url);
    const stockUrl = stockRestUrl(cached.url);
    const stock = await fetch(stockUrl, { headers: { Authorization: `Bearer ${token}` } });
    const stockBody = await stock.json();
    const stockBlocks = stockBody.data?.[0]?.body?.length ?? 0;
    if (stock.status !== 200 || !stockBlocks) throw new Error(`stock REST request: ${stock.status} ${JSON.stringify(stockBody).slice(0, 300)}`);
    log(`stock REST answer: ${stockBlocks} body blocks, ${JSON.stringify(stockBody).length} bytes; assembled: ${body.length} bytes.`);

    // The limit: the same bytes with the same headers from bare node:http.
    const bodyFile = path.join(publicDir, 'assembled.json');
    fs.writeFileSync(bodyFile, body);
    const headers = {};
    for (const [name, value] of again.headers) if (!['content-length', 'date', 'connection', 'keep-alive'].includes(name)) headers[name] = value;
    const bare = spawn(process.execPath, [path.join(__dirname, 'bare-server.js'), bodyFile, JSON.stringify(headers)], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(bare);
    const barePort = await new Promise((resolve) => bare.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim()))));
    const bareUrl = `http://127.0.0.1:${barePort}`;

    const rows = [];
    for (const connections of CONNECTIONS) {
      rows.push(await measure('1 assembled, warm', { url: `${cached.url}${assembledPath}`, connections }, cached.child.pid));
      rows.push(await measure('2 assembled, cache bypassed', { url: `${uncached.url}${assembledPath}`, connections }, uncached.child.pid));
      rows.push(await measure('3 stock REST find+populate', { url: stockUrl, connections, headers: { Authorization: `Bearer ${token}` } }, cached.child.pid));
      rows.push(await measure('4 bare node:http, same bytes', { url: bareUrl, connections }, bare.pid));
    }

    let n = 0;
    for (const connections of WRITE_CONNECTIONS) {
      rows.push(
        await measure(
          '5a post a comment',
          {
            url: `${cached.url}/api/articles/${SLUG}/comments`,
            connections,
            requests: [
              {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                setupRequest: (req) => {
                  n += 1;
                  return {
                    ...req,
                    body: JSON.stringify({
                      data: { authorName: `Reader ${n}`, authorEmail: `reader${n}@example.org`, body: `Comment number ${n} on the story.` },
                    }),
                  };
                },
              },
            ],
          },
          cached.child.pid
        )
      );
      rows.push(
        await measure(
          '5b react (a new reader each time)',
          {
            url: `${cached.url}/api/articles/${SLUG}/reactions`,
            connections,
            requests: [
              {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                setupRequest: (req) => ({ ...req, body: JSON.stringify({ data: { value: (n += 1) % 3 ? 'like' : 'dislike' } }) }),
              },
            ],
          },
          cached.child.pid
        )
      );
    }

    const at = (scenario, connections) => rows.find((r) => r.scenario.startsWith(scenario) && r.connections === connections);
    const ratios = CONNECTIONS.map((connections) => ({
      connections,
      warmOverBare: +(at('1', connections).requestsPerSecond / at('4', connections).requestsPerSecond).toFixed(3),
      uncachedOverStock: +(at('2', connections).requestsPerSecond / at('3', connections).requestsPerSecond).toFixed(3),
    }));

    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      database: 'postgres',
      durationSeconds: DURATION,
      article: { slug: SLUG, assembledBytes: body.length, stockRestBytes: JSON.stringify(stockBody).length, bodyBlocks: stockBlocks },
      rows,
      ratios,
      errors: rows.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    };

    console.log('');
    console.log(table(rows));
    console.log('');
    console.log('ratios (targets: 1/4 >= 0.5, 2/3 >= 1.5)');
    for (const r of ratios) console.log(`  ${String(r.connections).padStart(4)} connections: 1/4 warm/bare = ${r.warmOverBare.toFixed(2)}   2/3 uncached/stock = ${r.uncachedOverStock.toFixed(2)}`);
    console.log(`errors and non-2xx answers in all: ${report.errors}`);

    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    fs.writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
    const dated = path.join(path.dirname(OUTPUT), `bench-${report.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(dated, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`figures written to ${path.relative(appDir, OUTPUT)} and ${path.relative(appDir, dated)}`);
  } finally {
    await cleanup();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
