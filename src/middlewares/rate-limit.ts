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
    const key = ctx.request.ip || 'unknown';
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection; // the store failed and had no fallback
      const retryAfter = Math.max(1, Math.ceil(((rejection as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000));
      ctx.set('Retry-After', String(retryAfter));
      throw new errors.RateLimitError(`Too many ${WHAT[config.bucket]} from your address: please wait ${retryAfter} seconds and try again.`, {
        retryAfter,
      });
    }
    // A request refused as invalid (400) wrote nothing: give the point back, so a reader who
    // fixes a typo in their e-mail address is not made to wait.
    let refund = false;
    try {
      await next();
      refund = ctx.status === 400;
    } catch (error) {
      refund = (error as { name?: string }).name === 'ValidationError';
      throw error;
    } finally {
      if (refund) await limiter.reward(key, 1).catch(() => undefined);
    }
  };
