import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';
import { limiterFor, type Bucket } from '../rate-limit/limiters';

/**
 * Route middleware: `{ name: 'global::rate-limit', config: { bucket: 'comments' } }`.
 * Over the limit: 429 in Strapi's error shape, with Retry-After in seconds.
 */
const WHAT: Record<Bucket, string> = {
  comments: 'comments',
  reports: 'reports',
  reactions: 'reactions',
};

export default (config: { bucket: Bucket }, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const limiter = limiterFor(strapi, config.bucket);
    try {
      await limiter.consume(ctx.request.ip || 'unknown');
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection; // the store failed and had no fallback
      const retryAfter = Math.max(1, Math.ceil(((rejection as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000));
      ctx.set('Retry-After', String(retryAfter));
      throw new errors.RateLimitError(`Too many ${WHAT[config.bucket]} from your address: please wait ${retryAfter} seconds and try again.`, {
        retryAfter,
      });
    }
    await next();
  };
