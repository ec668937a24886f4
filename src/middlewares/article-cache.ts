import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { articleCache } from '../article-cache';
import { pageKey, parsePageRequest } from '../article-cache/http';
import { respondWithPage } from '../article-cache/respond';

/**
 * global::article-cache: answers anonymous requests for a cached assembled article before the
 * rest of Strapi's pipeline (body parsing, sessions, routing, the permission check and its
 * queries), right after the security, CORS and powered-by middlewares so the answer carries
 * the same headers. Anything else, and every miss, goes on to the controller.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cache = articleCache(strapi);
  return async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !cache.config.enabled || ctx.get('Authorization')) return next();
    const request = parsePageRequest(ctx.path, ctx.querystring);
    if (!request) return next();
    const page = cache.store.get(pageKey(request));
    // Only pages an anonymous request was allowed to read through the permission check.
    if (!page || !page.public) return next();
    respondWithPage(ctx, page, cache.config.cacheControl, 'HIT');
  };
};
