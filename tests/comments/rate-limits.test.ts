import crypto from 'crypto';
import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { bootApp, type TestApp } from '../helpers/app';
import { asReader, newReaderAddress } from '../helpers/readers';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * Flood control per client address, with the defaults (1 comment per 15 s, 5 reports and
 * 10 reactions a minute), in memory and in Redis.
 */
const comment = () => ({ data: { authorName: 'Ali', authorEmail: 'ali@example.org', body: `Hello ${crypto.randomUUID()}` } });
const post = (app: TestApp, address: string) => asReader(app, address).post(`/api/articles/${DEMO_SLUG}/comments`).send(comment());

const expectLimited = async (app: TestApp, res: { status: number; headers: Record<string, string>; body: { error: object } }) => {
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(res.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError', message: expect.stringMatching(/wait \d+ seconds/) } });
};

describe('in memory (no REDIS_URL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootApp({ env: { IS_PROXIED: 'true', REDIS_URL: '' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a second comment from the same address within 15 s with 429 and Retry-After, writing nothing', async () => {
    const address = newReaderAddress();
    await post(app, address).expect(201);
    const before = await app.strapi.db.query('api::comment.comment').count();
    const res = await post(app, address);
    await expectLimited(app, res);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(15);
    expect(await app.strapi.db.query('api::comment.comment').count()).toBe(before);
    // Another reader is not held back.
    await post(app, newReaderAddress()).expect(201);
  });

  it('limits reactions to 10 a minute per address', async () => {
    const address = newReaderAddress();
    for (let i = 0; i < 10; i += 1) {
      await asReader(app, address).post(`/api/articles/${DEMO_SLUG}/reactions`).send({ data: { value: 'like' } }).expect(200);
    }
    await expectLimited(app, await asReader(app, address).post(`/api/articles/${DEMO_SLUG}/reactions`).send({ data: { value: 'like' } }));
  });

  it('limits reports to 5 a minute per address', async () => {
    const address = newReaderAddress();
    for (let i = 0; i < 5; i += 1) {
      await asReader(app, address).post('/api/comments/unknown/reports').send({ data: { reason: 'spam' } }).expect(404);
    }
    await expectLimited(app, await asReader(app, address).post('/api/comments/unknown/reports').send({ data: { reason: 'spam' } }));
  });

  it('does not limit reading', async () => {
    const address = newReaderAddress();
    for (let i = 0; i < 30; i += 1) await asReader(app, address).get(`/api/articles/${DEMO_SLUG}/comments`).expect(200);
  });
});

describe('in Redis (REDIS_URL set): shared between instances', () => {
  const prefix = `newsroom-test:${crypto.randomBytes(6).toString('hex')}`;
  const url = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
  let app: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(url, { maxRetriesPerRequest: 1 });
    await redis.ping(); // Redis must be reachable: this test fails rather than skips.
    app = await bootApp({ env: { IS_PROXIED: 'true', REDIS_URL: url, RATE_LIMIT_PREFIX: prefix } });
  });
  afterAll(async () => {
    await app?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('keeps the counts in Redis', async () => {
    const address = newReaderAddress();
    await post(app, address).expect(201);
    const keys = await redis.keys(`${prefix}:comments*`);
    expect(keys.length).toBe(1);
    await expectLimited(app, await post(app, address));
  });

  it('counts what another instance consumed for the same address', async () => {
    const address = newReaderAddress();
    // Another instance of the app, as it would see the same reader: the same store and keys.
    const otherInstance = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:comments`, points: 1, duration: 15 });
    await otherInstance.consume(address);
    await expectLimited(app, await post(app, address));
  });
});

describe('refused requests', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootApp({ env: { IS_PROXIED: 'true', REDIS_URL: '' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('do not count: a reader who fixes a typo can post at once', async () => {
    const address = newReaderAddress();
    await asReader(app, address)
      .post(`/api/articles/${DEMO_SLUG}/comments`)
      .send({ data: { authorName: 'Ali', authorEmail: 'ali-at-example.org', body: 'Typo in my address.' } })
      .expect(400);
    await post(app, address).expect(201);
    await expectLimited(app, await post(app, address));
  });
});
