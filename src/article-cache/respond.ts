import type { Context } from 'koa';
import { cacheTags, matchesIfNoneMatch, surrogateKeys } from './http';
import type { CachedPage } from './store';

/**
 * One way to answer with a page, for the early middleware and the controller alike: validators,
 * caching headers, purge keys, and 304 when the reader already has this version.
 */
export const respondWithPage = (ctx: Context, page: CachedPage, cacheControl: string, cache: 'HIT' | 'MISS'): void => {
  ctx.set('Cache-Control', cacheControl);
  ctx.set('ETag', page.etag);
  ctx.set('Surrogate-Key', surrogateKeys(page.tags));
  ctx.set('Cache-Tag', cacheTags(page.tags));
  ctx.set('X-Cache', cache);
  if (matchesIfNoneMatch(ctx.get('If-None-Match'), page.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.status = 200;
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = page.body;
};
