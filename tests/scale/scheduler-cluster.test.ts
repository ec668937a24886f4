import crypto from 'crypto';
import { Client } from 'pg';
import { startCluster, startNginx, type Cluster, type Nginx } from '../helpers/cluster';

/**
 * Two instances of the built app on one PostgreSQL database and one Redis, behind nginx, each
 * running the scheduler every second: a scheduled publish happens exactly once (one instance holds
 * the advisory lock for a tick and the other reads it as done), and both instances, and nginx in
 * front of them, serve the published version within a second after, although they had the old one
 * cached.
 */
const SLUG = 'evidence-mounts-of-close-al-qaeda-taliban-relationship';
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const run = crypto.randomBytes(4).toString('hex');

let cluster: Cluster;
let nginx: Nginx;
let db: Client;

beforeAll(async () => {
  cluster = await startCluster(2, {
    REDIS_URL,
    RATE_LIMIT_PREFIX: `newsroom-test-${run}:rl`,
    ARTICLE_CACHE_CHANNEL: `newsroom-test-${run}:article-cache`,
    SCHEDULER_INTERVAL_SECONDS: '1',
  });
  nginx = await startNginx(cluster.instances.map((instance) => instance.url));
  db = new Client({ connectionString: cluster.database.env.DATABASE_URL });
  await db.connect();
}, 240000);
afterAll(async () => {
  await db?.end();
  await nginx?.stop();
  await cluster?.stop();
});

const headline = async (base: string): Promise<string> => {
  const res = await fetch(`${base}/api/articles/${SLUG}/assembled`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { title: string } }).data.title;
};

const within = async (limitMs: number, seen: () => Promise<boolean>): Promise<number> => {
  const started = Date.now();
  for (;;) {
    if (await seen()) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`not seen within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the scheduler on two instances', () => {
  it('publishes a scheduled change exactly once, and every instance serves it within a second after', async () => {
    const bases = [...cluster.instances.map((instance) => instance.url), nginx.url];
    const before = await headline(bases[0]);
    // Every instance has the live version cached.
    for (const base of bases) expect(await headline(base)).toBe(before);

    // The editor's saved change, scheduled a few seconds ahead (the draft row, as the admin panel leaves it).
    const title = `Scheduled headline ${run}`;
    const { rows } = await db.query<{ document_id: string }>(
      `UPDATE articles SET title = $1, publish_at = now() + interval '3 seconds' WHERE slug = $2 AND locale = 'en' AND published_at IS NULL RETURNING document_id`,
      [title, SLUG]
    );
    expect(rows).toHaveLength(1);
    const documentId = rows[0].document_id;

    // Published by one instance (within the interval of its time)...
    await within(20000, async () => (await headline(bases[0])) === title || (await headline(bases[1])) === title);
    // ... and then on every instance and through nginx within a second.
    const lag = await within(1000, async () => (await Promise.all(bases.map(headline))).every((seen) => seen === title));
    expect(lag).toBeLessThanOrEqual(1000);

    // Exactly once: one instance logged the publish, one published row, the time cleared; a few more ticks change nothing.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const logged = cluster.instances.map((instance) => instance.output().split(`[scheduler] published article ${documentId} (en)`).length - 1);
    expect(logged.reduce((sum, count) => sum + count, 0)).toBe(1);
    const published = await db.query(`SELECT id, publish_at FROM articles WHERE document_id = $1 AND locale = 'en' AND published_at IS NOT NULL`, [documentId]);
    expect(published.rows).toEqual([{ id: expect.any(Number), publish_at: null }]);
    const draft = await db.query(`SELECT publish_at FROM articles WHERE document_id = $1 AND locale = 'en' AND published_at IS NULL`, [documentId]);
    expect(draft.rows).toEqual([{ publish_at: null }]);
  });
});
