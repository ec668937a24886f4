import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import createError from 'http-errors';
import { isDatabaseUnavailable } from '../server/database-unavailable';

/**
 * global::database-unavailable: while the database cannot be reached, answer 503 in Strapi's
 * error shape with Retry-After (a load balancer or CDN may retry, or serve a stale copy), at
 * once rather than after a long wait, and log it as a warning rather than as a crash.
 *
 * users-permissions swallows every error while it reads the caller's role, and answers 401: a
 * 401 is therefore checked against the database (one `select 1`, only on refusals) so that
 * readers are not told they lack permission when the database is merely restarting.
 */
const unauthorized = (error: unknown): boolean => (error as { status?: number })?.status === 401;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const databaseDown = async (): Promise<Error | null> => {
    try {
      await strapi.db.connection.raw('select 1');
      return null;
    } catch (error) {
      return isDatabaseUnavailable(error) ? (error as Error) : null;
    }
  };
  const unavailable = (ctx: Context, error: Error) => {
    strapi.log.warn(`[database] Unavailable, answered 503 to ${ctx.method} ${ctx.path}: ${error.message}`);
    ctx.set('Retry-After', '5');
    return createError(503, 'The service is briefly unavailable. Please try again in a few seconds.');
  };

  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw unavailable(ctx, error as Error);
      if (unauthorized(error)) {
        const down = await databaseDown();
        if (down) throw unavailable(ctx, down);
      }
      throw error;
    }
    if (ctx.status === 401) {
      const down = await databaseDown();
      if (down) throw unavailable(ctx, down);
    }
  };
};
