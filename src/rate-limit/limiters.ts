import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * One limiter per bucket (comments, reports, reactions), counting per client address.
 * With REDIS_URL the counts live in Redis and are shared by every instance; should Redis go
 * away, each instance falls back to counting in its own memory (rate-limiter-flexible's
 * insurance limiter) and logs a warning, rather than failing readers' requests.
 */
export type Bucket = 'comments' | 'reports' | 'reactions';
interface Limit {
  points: number;
  seconds: number;
}

interface Registry {
  limiters: Map<Bucket, RateLimiterAbstract>;
  redis: Redis | null;
}

const registries = new WeakMap<Core.Strapi, Registry>();

const registry = (strapi: Core.Strapi): Registry => {
  let found = registries.get(strapi);
  if (!found) {
    const url = strapi.config.get('newsroom.redisUrl') as string;
    let redis: Redis | null = null;
    if (url) {
      redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      let warned = false;
      redis.on('error', (error: Error) => {
        if (!warned) strapi.log.warn(`[rate-limit] Redis unavailable, counting per instance: ${error.message}`);
        warned = true;
      });
      redis.on('ready', () => {
        warned = false;
      });
    }
    found = { limiters: new Map(), redis };
    registries.set(strapi, found);
  }
  return found;
};

export const limiterFor = (strapi: Core.Strapi, bucket: Bucket): RateLimiterAbstract => {
  const reg = registry(strapi);
  let limiter = reg.limiters.get(bucket);
  if (!limiter) {
    const { points, seconds } = strapi.config.get(`newsroom.rateLimits.${bucket}`) as Limit;
    const prefix = strapi.config.get('newsroom.rateLimitPrefix') as string;
    const options = { keyPrefix: `${prefix}:${bucket}`, points, duration: seconds };
    limiter = reg.redis
      ? new RateLimiterRedis({ ...options, storeClient: reg.redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    reg.limiters.set(bucket, limiter);
  }
  return limiter;
};

/**
 * Opens the Redis connection at start-up, so the first readers are already counted in Redis.
 * Waits a few seconds at most: Redis being down must not stop the site.
 */
export const prepareLimiters = async (strapi: Core.Strapi, waitMs = 3000): Promise<void> => {
  const { redis } = registry(strapi);
  if (!redis || redis.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      strapi.log.warn('[rate-limit] Redis is not ready: counting per instance until it is.');
      resolve();
    }, waitMs);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
};

/** Closes the Redis connection when the app stops. */
export const closeLimiters = async (strapi: Core.Strapi): Promise<void> => {
  const reg = registries.get(strapi);
  registries.delete(strapi);
  if (reg?.redis) await reg.redis.quit().catch(() => reg.redis?.disconnect());
};
