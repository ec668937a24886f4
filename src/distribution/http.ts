import type { Context } from 'koa';
import { etagOf, matchesIfNoneMatch } from '../article-cache/http';

/**
 * The sitemaps' and robots.txt's answer: produced per request from bounded queries (not kept in
 * the page cache: a sitemap shows every story, so any publish would drop it), with an ETag a
 * crawler's If-None-Match meets as a 304, and a short shared lifetime for CDNs.
 */
export const answerText = (ctx: Context, body: string, contentType: string, maxAgeSeconds: number): void => {
  const bytes = Buffer.from(body);
  const etag = etagOf(bytes);
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', `public, max-age=${maxAgeSeconds}`);
  if (matchesIfNoneMatch(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    return;
  }
  ctx.status = 200;
  ctx.type = contentType;
  ctx.body = bytes;
};
