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
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { appDir, log, buildIfNeeded, startApp, stop, measure, table, createDatabase, dropDatabase, databaseUrl } = require('./lib');
const { archiveTable, printArchiveTable } = require('./archive/measure');

const CONNECTIONS = (process.env.BENCH_CONNECTIONS || '10,50,100').split(',').map(Number);
const WRITE_CONNECTIONS = (process.env.BENCH_WRITE_CONNECTIONS || '10').split(',').map(Number);
const DURATION = Number(process.env.BENCH_DURATION || 5);
const OUTPUT = process.env.BENCH_OUTPUT || path.join(appDir, 'bench', 'results', 'latest.json');
// The demo article (src/demo/reference-article.ts, DEMO_SLUG).
const SLUG = 'evidence-mounts-of-close-al-qaeda-taliban-relationship';

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

const main = async () => {
  buildIfNeeded();
  const dbName = `newsroom_bench_${process.pid}`;
  await createDatabase(dbName);
  const dbUrl = databaseUrl(dbName);
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-public-'));
  fs.mkdirSync(path.join(publicDir, 'uploads'));

  const children = [];
  const cleanup = async () => {
    for (const child of children) await stop(child);
    await dropDatabase(dbName);
    fs.rmSync(publicDir, { recursive: true, force: true });
  };

  try {
    const cached = await startApp('app', dbUrl, publicDir, {});
    children.push(cached.child);
    const uncached = await startApp('app (cache off)', dbUrl, publicDir, { ARTICLE_CACHE: 'false', SEED_DEMO: 'false' });
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

    const archive = await archiveTable({ demo: { ...uncached, dbUrl }, publicDir, slug: SLUG });

    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      database: 'postgres',
      durationSeconds: DURATION,
      article: { slug: SLUG, assembledBytes: body.length, stockRestBytes: JSON.stringify(stockBody).length, bodyBlocks: stockBlocks },
      rows,
      ratios,
      errors: rows.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
      ...(archive ? { archive } : {}),
    };

    console.log('');
    console.log(table(rows));
    console.log('');
    console.log('ratios (targets: 1/4 >= 0.5, 2/3 >= 5)');
    for (const r of ratios) console.log(`  ${String(r.connections).padStart(4)} connections: 1/4 warm/bare = ${r.warmOverBare.toFixed(2)}   2/3 uncached/stock = ${r.uncachedOverStock.toFixed(2)}`);
    console.log(`errors and non-2xx answers in all: ${report.errors}`);
    printArchiveTable(archive);

    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    fs.writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
    const dated = path.join(path.dirname(OUTPUT), `bench-${report.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(dated, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`figures written to ${path.relative(appDir, OUTPUT)} and ${path.relative(appDir, dated)}`);
    if (archive) {
      try {
        const svg = await require('./archive/chart').drawChart(report, path.join(path.dirname(OUTPUT), 'latest-archive.svg'));
        console.log(`archive chart drawn: ${path.relative(appDir, svg)} (copy it to docs/bench/archive.svg for the README)`);
      } catch (error) {
        console.log(`archive chart not drawn (${error.code === 'MODULE_NOT_FOUND' ? 'vega and vega-lite are not installed: npm ci' : error.message})`);
      }
    }
  } finally {
    await cleanup();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
