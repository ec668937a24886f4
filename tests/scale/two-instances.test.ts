import crypto from 'crypto';
import { requestFrom, startCluster, startNginx, type Cluster, type Nginx } from '../helpers/cluster';

/**
 * Two instances of the built app on one PostgreSQL database and one Redis, as behind a load
 * balancer: a change made through one is what readers get from the other within a second, and
 * a reader's rate limit is counted once across both. Then the same through nginx running the
 * reference configuration (deploy/nginx/nginx.conf).
 */
const SLUG = 'evidence-mounts-of-close-al-qaeda-taliban-relationship';
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const run = crypto.randomBytes(4).toString('hex');

let cluster: Cluster;
let nginx: Nginx;

beforeAll(async () => {
  cluster = await startCluster(2, {
    REDIS_URL,
    // This run's own keys and channel: other runs on the same Redis stay apart.
    RATE_LIMIT_PREFIX: `newsroom-test-${run}:rl`,
    ARTICLE_CACHE_CHANNEL: `newsroom-test-${run}:article-cache`,
    IS_PROXIED: 'true',
    RATE_LIMIT_COMMENTS: '1',
    RATE_LIMIT_COMMENTS_SECONDS: '60',
  });
  nginx = await startNginx(cluster.instances.map((instance) => instance.url));
}, 240000);
afterAll(async () => {
  await nginx?.stop();
  await cluster?.stop();
});

const [a, b] = [0, 1];
const url = (instance: number) => cluster.instances[instance].url;
let readerNumber = 0;
const reader = () => `203.0.113.${(readerNumber += 1)}`;

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const comment = (text: string) => ({ data: { authorName: 'Zahra', authorEmail: 'zahra@example.org', body: text } });
const assembled = async (base: string) => {
  const res = await fetch(`${base}/api/articles/${SLUG}/assembled`);
  expect(res.status).toBe(200);
  return { cache: res.headers.get('x-cache'), data: ((await res.json()) as { data: { comments: { count: number; items: Array<{ body: string }> }; reactions: { likes: number } } }).data };
};

/** Asks every 20 ms until `seen` holds; answers how long it took, or throws after `limitMs`. */
const within = async (limitMs: number, seen: () => Promise<boolean>): Promise<number> => {
  const started = Date.now();
  for (;;) {
    if (await seen()) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`not seen within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('two instances, one database, one Redis', () => {
  it('a comment approved through one instance is on the other within a second, although it had the page cached', async () => {
    const text = `Seen everywhere ${run}.`;
    const posted = await post(url(a), `/api/articles/${SLUG}/comments`, comment(text), { 'X-Forwarded-For': reader() });
    expect(posted.status).toBe(201);
    const { id } = ((await posted.json()) as { data: { id: string } }).data;

    // Both instances hold the page, without the comment.
    for (const instance of [a, b]) await assembled(url(instance));
    const before = await assembled(url(b));
    expect(before.cache).toBe('HIT');
    const count = before.data.comments.count;

    const jwt = await cluster.moderatorJwt();
    const approved = await post(url(a), `/api/moderation/comments/${id}/approve`, {}, { Authorization: `Bearer ${jwt}` });
    expect(approved.status).toBe(200);

    const elapsed = await within(1000, async () => (await assembled(url(b))).data.comments.items.some((item) => item.body === text));
    console.info(`[two instances] approval through A visible through B after ${elapsed} ms`);
    expect((await assembled(url(b))).data.comments.count).toBe(count + 1);
  });

  it('a reaction through one instance is counted on the other within a second', async () => {
    const { data } = await assembled(url(a));
    await assembled(url(a));
    const voted = await post(url(b), `/api/articles/${SLUG}/reactions`, { data: { value: 'like' } }, { 'X-Forwarded-For': reader() });
    expect(voted.status).toBe(200);
    await within(1000, async () => (await assembled(url(a))).data.reactions.likes === data.reactions.likes + 1);
  });

  it('a list cached on the other instance drops too: the home front shows the new comment count within a second', async () => {
    const homeCount = async (base: string) => {
      const res = await fetch(`${base}/api/fronts/home`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: { picks: Array<{ slug: string; commentCount: number }> } };
      return { cache: res.headers.get('x-cache'), count: body.data.picks.find((item) => item.slug === SLUG)?.commentCount ?? -1 };
    };
    const text = `On the front ${run}.`;
    const posted = await post(url(a), `/api/articles/${SLUG}/comments`, comment(text), { 'X-Forwarded-For': reader() });
    expect(posted.status).toBe(201);
    const { id } = ((await posted.json()) as { data: { id: string } }).data;
    for (const instance of [a, b]) await homeCount(url(instance));
    const before = await homeCount(url(b));
    expect(before.cache).toBe('HIT');

    const jwt = await cluster.moderatorJwt();
    const approved = await post(url(a), `/api/moderation/comments/${id}/approve`, {}, { Authorization: `Bearer ${jwt}` });
    expect(approved.status).toBe(200);
    await within(1000, async () => (await homeCount(url(b))).count === before.count + 1);
  });

  it("counts a reader's rate limit across both instances", async () => {
    const address = reader();
    const first = await post(url(a), `/api/articles/${SLUG}/comments`, comment(`First ${run}.`), { 'X-Forwarded-For': address });
    expect(first.status).toBe(201);
    const second = await post(url(b), `/api/articles/${SLUG}/comments`, comment(`Second ${run}.`), { 'X-Forwarded-For': address });
    expect(second.status).toBe(429);
    expect(((await second.json()) as { error: { status: number } }).error.status).toBe(429);
    // Another reader is not held back.
    const other = await post(url(b), `/api/articles/${SLUG}/comments`, comment(`Other ${run}.`), { 'X-Forwarded-For': reader() });
    expect(other.status).toBe(201);
  });
});

describe('through nginx (deploy/nginx/nginx.conf)', () => {
  it('spreads requests over both instances', async () => {
    const upstreams = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      const res = await requestFrom('127.0.0.1', `${nginx.url}/api/articles/${SLUG}/assembled`);
      expect(res.status).toBe(200);
      upstreams.add(String(res.headers['x-upstream']));
    }
    expect(upstreams.size).toBe(2);
  });

  it('a comment posted and approved through nginx is what every reader then gets', async () => {
    const text = `Through the proxy ${run}.`;
    const posted = await requestFrom('127.0.0.21', `${nginx.url}/api/articles/${SLUG}/comments`, { method: 'POST', body: comment(text) });
    expect(posted.status).toBe(201);
    for (let i = 0; i < 6; i += 1) await requestFrom('127.0.0.1', `${nginx.url}/api/articles/${SLUG}/assembled`);
    const jwt = await cluster.moderatorJwt();
    const approved = await requestFrom('127.0.0.1', `${nginx.url}/api/moderation/comments/${posted.body.data.id}/approve`, {
      method: 'POST',
      body: {},
      headers: { Authorization: `Bearer ${jwt}` },
    });
    expect(approved.status).toBe(200);
    await within(1000, async () => {
      const answers = await Promise.all([0, 1, 2, 3].map(() => requestFrom('127.0.0.1', `${nginx.url}/api/articles/${SLUG}/assembled`)));
      return answers.every((res) => res.body.data.comments.items.some((item: { body: string }) => item.body === text));
    });
  });

  it('the client address is the one nginx saw: one reader is limited on every instance, another is not', async () => {
    const first = await requestFrom('127.0.0.31', `${nginx.url}/api/articles/${SLUG}/comments`, { method: 'POST', body: comment(`N1 ${run}.`) });
    expect(first.status).toBe(201);
    // A forged X-Forwarded-For does not make a new reader: nginx appends the real address.
    const again = await requestFrom('127.0.0.31', `${nginx.url}/api/articles/${SLUG}/comments`, {
      method: 'POST',
      body: comment(`N2 ${run}.`),
      headers: { 'X-Forwarded-For': '192.0.2.200' },
    });
    expect(again.status).toBe(429);
    const other = await requestFrom('127.0.0.32', `${nginx.url}/api/articles/${SLUG}/comments`, { method: 'POST', body: comment(`N3 ${run}.`) });
    expect(other.status).toBe(201);
  });
});
