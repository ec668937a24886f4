import crypto from 'crypto';
import http from 'http';
import { Client } from 'pg';
import { startServer, type RunningServer } from '../helpers/server';
import { startPrivatePostgres, startPrivateRedis, type PrivatePostgres, type PrivateRedis } from '../helpers/private-services';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startCluster, type Cluster } from '../helpers/cluster';

/**
 * Faults a production deployment meets: PostgreSQL restarting under write load, a deploy's
 * SIGTERM with requests in flight, Redis going away. PostgreSQL and Redis here are the test's
 * own (tests/helpers/private-services.ts), so stopping them disturbs nothing else.
 */
const SLUG = 'evidence-mounts-of-close-al-qaeda-taliban-relationship';
const run = crypto.randomBytes(4).toString('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LIFTED = { RATE_LIMIT_COMMENTS: '1000000', RATE_LIMIT_REACTIONS: '1000000', RATE_LIMIT_REPORTS: '1000000' };
const BASE = { SERVE_ADMIN_PANEL: 'false', NODE_ENV: 'production', LOG_LEVEL: 'info' };

const comment = (text: string) => ({ data: { authorName: 'Zahra', authorEmail: 'zahra@example.org', body: text } });
const postComment = (base: string, text: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/articles/${SLUG}/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(comment(text)),
  });

describe('PostgreSQL restarted while readers post comments', () => {
  let pg: PrivatePostgres;
  let server: RunningServer;
  let url: string;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE newsroom');
    await admin.end();
    url = pg.url.replace(/\/postgres$/, '/newsroom');
    const database: TestDatabase = { client: 'postgres', env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url }, drop: async () => undefined };
    server = await startServer({ ...BASE, ...LIFTED, SEED_DEMO: 'true' }, { database });
  }, 180000);
  afterAll(async () => {
    await server?.stop();
    await pg?.destroy();
  });

  it('answers 503 fast during the outage, recovers on its own, and every 201 is in the database', async () => {
    interface Outcome {
      status: number;
      ms: number;
      id?: string;
      error?: { status: number; name: string };
      retryAfter?: string | null;
    }
    const outcomes: Outcome[] = [];
    let posting = true;
    let n = 0;
    const worker = async () => {
      while (posting) {
        const started = Date.now();
        const text = `During the restart ${run} #${(n += 1)}.`;
        try {
          const res = await postComment(server.url, text);
          const body = (await res.json()) as { data?: { id: string }; error?: { status: number; name: string } };
          outcomes.push({ status: res.status, ms: Date.now() - started, id: body.data?.id, error: body.error, retryAfter: res.headers.get('retry-after') });
        } catch (error) {
          outcomes.push({ status: 0, ms: Date.now() - started });
        }
        await sleep(20);
      }
    };
    const workers = [worker(), worker(), worker()];

    // A page readers already have in the cache.
    expect((await fetch(`${server.url}/api/articles/${SLUG}/assembled`)).status).toBe(200);
    await sleep(1500);
    await pg.stop();
    // Readers of a cached article notice nothing.
    const cached = await fetch(`${server.url}/api/articles/${SLUG}/assembled`);
    expect([cached.status, cached.headers.get('x-cache')]).toEqual([200, 'HIT']);
    await sleep(2500);
    await pg.start();
    const restartedAt = outcomes.length;
    // Recovery on its own: keep posting until comments are stored again (60 s at most).
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline && outcomes.slice(restartedAt).filter((o) => o.status === 201).length < 5) await sleep(100);
    posting = false;
    await Promise.all(workers);

    const statuses = outcomes.map((o) => o.status);
    if (statuses.includes(0)) console.log(server.process.exitCode, server.output().slice(-4000));
    const odd = outcomes.filter((o) => o.status !== 201 && o.status !== 503);
    if (odd.length) console.log(JSON.stringify(odd.slice(0, 3)));
    const failed = outcomes.filter((o) => o.status !== 201);
    console.info(`[postgres restart] ${outcomes.length} posts: ${statuses.filter((s) => s === 201).length} × 201, ${failed.length} × 503`);
    // Only two answers: stored, or "try again"; never a 500, a hang or a dropped connection.
    expect([...new Set(statuses)].sort()).toEqual([201, 503]);
    for (const outcome of failed) {
      expect(outcome.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
      expect(outcome.retryAfter).toBe('5');
      // Fast: no waiting for a connection that cannot come.
      expect(outcome.ms).toBeLessThan(5000);
    }
    expect(outcomes.slice(restartedAt).some((o) => o.status === 201)).toBe(true);

    const stored = new Client({ connectionString: url });
    await stored.connect();
    try {
      const answered = outcomes.filter((o) => o.status === 201).map((o) => o.id as string);
      const { rows } = await stored.query('SELECT document_id FROM comments WHERE document_id = ANY($1)', [answered]);
      expect(new Set(rows.map((row: { document_id: string }) => row.document_id)).size).toBe(answered.length);
    } finally {
      await stored.end();
    }
    expect(server.process.exitCode).toBeNull();
    expect((await fetch(`${server.url}/api/articles/${SLUG}/assembled`)).status).toBe(200);
  });
});

describe('SIGTERM with a request in flight', () => {
  let server: RunningServer;
  let database: TestDatabase;

  beforeAll(async () => {
    process.env.DATABASE_CLIENT = 'postgres';
    database = await createTestDatabase();
    server = await startServer({ ...BASE, ...LIFTED, SEED_DEMO: 'true' }, { database });
  }, 180000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('answers the request in flight, refuses new connections, then exits cleanly', async () => {
    const text = `Posted while the instance was stopping ${run}.`;
    const payload = JSON.stringify(comment(text));
    const { port } = new URL(server.url);
    const exited = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));

    // The reader's browser sends the headers and half the comment...
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: `/api/articles/${SLUG}/comments`, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        }
      );
      req.on('error', reject);
      req.write(payload.slice(0, 20));
      // ...the deploy stops the instance...
      setTimeout(() => server.process.kill('SIGTERM'), 300);
      // ...and the rest of the comment arrives a second later.
      setTimeout(() => req.end(payload.slice(20)), 1300);
    });

    await sleep(800);
    // No new connections once the drain has begun.
    await expect(fetch(`${server.url}/_health`)).rejects.toThrow();

    const { status, body } = await answer;
    expect(status).toBe(201);
    const { id } = JSON.parse(body).data as { id: string };
    expect(await exited).toBe(0);
    expect(server.output()).toMatch(/Waiting for 1 request\(s\) in flight/);

    const stored = new Client({ connectionString: database.env.DATABASE_URL });
    await stored.connect();
    try {
      const { rows } = await stored.query('SELECT body FROM comments WHERE document_id = $1', [id]);
      expect(rows[0]?.body).toBe(text);
    } finally {
      await stored.end();
    }
  });
});

describe('Redis going away and coming back', () => {
  let redis: PrivateRedis;
  let cluster: Cluster;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    cluster = await startCluster(2, { REDIS_URL: redis.url, IS_PROXIED: 'true', RATE_LIMIT_COMMENTS: '1', RATE_LIMIT_COMMENTS_SECONDS: '60' });
  }, 240000);
  afterAll(async () => {
    await cluster?.stop();
    await redis?.stop();
  });

  const url = (i: number) => cluster.instances[i].url;
  const approve = async (id: string) => {
    const jwt = await cluster.moderatorJwt();
    const res = await fetch(`${url(0)}/api/moderation/comments/${id}/approve`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
  };
  const shows = async (i: number, text: string) => {
    const res = await fetch(`${url(i)}/api/articles/${SLUG}/assembled`);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { comments: { items: Array<{ body: string }> } } };
    return data.comments.items.some((item) => item.body === text);
  };
  const seenWithin = async (limitMs: number, check: () => Promise<boolean>) => {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > limitMs) throw new Error(`not seen within ${limitMs} ms`);
      await sleep(20);
    }
    return Date.now() - started;
  };
  const postAs = async (address: string, text: string) => {
    const res = await postComment(url(0), text, { 'X-Forwarded-For': address });
    return { status: res.status, id: ((await res.json()) as { data?: { id: string } }).data?.id };
  };

  it('readers notice nothing: pages, comments and limits keep working per instance, with a warning logged', async () => {
    await cluster.moderatorJwt();
    for (const i of [0, 1]) await shows(i, 'warm');
    await redis.stop();
    await sleep(500);

    // Reads and writes go on without errors.
    for (const i of [0, 1]) for (let k = 0; k < 5; k += 1) expect((await fetch(`${url(i)}/api/articles/${SLUG}/assembled`)).status).toBe(200);
    const first = await postAs('198.51.100.7', `Without Redis ${run}.`);
    expect(first.status).toBe(201);
    // The limit still holds, counted in this instance's memory.
    expect((await postAs('198.51.100.7', `Again without Redis ${run}.`)).status).toBe(429);

    // Changes still reach the other instance's readers within a second: pages live 1 s while degraded.
    await approve(first.id as string);
    const elapsed = await seenWithin(1500, () => shows(1, `Without Redis ${run}.`));
    console.info(`[redis down] approval through A visible through B after ${elapsed} ms`);

    for (const instance of cluster.instances) {
      expect(instance.output()).toMatch(/\[article-cache\] Redis unavailable/);
      expect(instance.output()).toMatch(/\[rate-limit\] Redis unavailable/);
    }
  });

  it('when Redis is back, invalidations are shared again', async () => {
    await redis.start();
    for (const instance of cluster.instances) {
      await seenWithin(20000, async () => /Redis is back/.test(instance.output()));
    }
    const posted = await postAs('198.51.100.8', `Redis is back ${run}.`);
    expect(posted.status).toBe(201);
    for (const i of [0, 1]) await shows(i, 'warm');
    await approve(posted.id as string);
    await seenWithin(1000, () => shows(1, `Redis is back ${run}.`));
  });
});
