import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import createError from 'http-errors';
import { databaseFailedWithin, isDatabaseUnavailable, watchDatabase } from '../server/database-unavailable';

/**
 * global::database-unavailable: while the database cannot be reached, answer 503 in Strapi's
 * error shape with Retry-After (a load balancer or CDN may retry, or serve a stale copy), at
 * once rather than after a long wait, and log it as a warning rather than as a crash.
 *
 * Some of Strapi's own code turns database failures into other answers (users-permissions
 * answers 401, the document service's relation check 400): a request during which the database
 * failed is answered 503 whatever the code made of it, and a 401 is also checked against the database (a failure seen in the last seconds, or one
 * `select 1`; only on refusals) so that readers are not told they lack permission when the
 * database is merely restarting.
 */
// A refusal this soon after a database failure may be the failure in disguise.
const RECENT_FAILURE_MS = 3000;
const unauthorized = (error: unknown): boolean => (error as { status?: number })?.status === 401;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  // A failure inside a request marks that request, whatever answer the code above made of it.
  watchDatabase(strapi.db.connection as unknown as Parameters<typeof watchDatabase>[0], () => {
    const ctx = strapi.requestContext.get() as Context | undefined;
    if (ctx) ctx.state.databaseFailed = true;
  });
  const databaseDown = async (): Promise<Error | null> => {
    if (databaseFailedWithin(RECENT_FAILURE_MS)) return new Error('the database failed moments ago');
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
      if (ctx.state.databaseFailed) throw unavailable(ctx, error as Error);
      if (unauthorized(error)) {
        const down = await databaseDown();
        if (down) throw unavailable(ctx, down);
      }
      throw error;
    }
    if (ctx.state.databaseFailed && ctx.status >= 400) throw unavailable(ctx, new Error(`answered ${ctx.status} after a database failure`));
    if (ctx.status === 401) {
      const down = await databaseDown();
      if (down) throw unavailable(ctx, down);
    }
  };
};
