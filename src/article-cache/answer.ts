import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'http';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { articleCache, type ArticleCache } from './cache';
import { cacheTags, matchesIfNoneMatch, surrogateKeys } from './http';
import { PUBLIC_PAGES } from './pages';
import { pathMatcher, type PublicPage } from './public-page';
import type { CachedPage } from './store';
import { HeaderTemplates } from './templates';

/**
 * The one place a public page is answered, from the cache or produced now, in two doors that
 * share everything but the door:
 *
 * - `answerPage`, called by the page's controller, after Strapi's pipeline (security headers,
 *   CORS, the permission check): every cold page, every signed-in request;
 * - the early answer, in the HTTP server's own request event, before Koa: an anonymous GET/HEAD
 *   for a warm page that an anonymous request was allowed to read through the permission check,
 *   with the headers the pipeline gave the same Origin (templates.ts). Anything else (credentials,
 *   a request the page's parser refuses, an Origin not seen yet) goes down the pipeline. Those
 *   answers skip the request log (strapi::logger); a proxy's or CDN's access log has them.
 *
 * Both read the request with the page's one parser and write headers with `pageResponse`, so a
 * request is answered the same cold, warm or early.
 */

export interface PageResponse {
  status: 200 | 304;
  headers: OutgoingHttpHeaders;
  body?: Buffer;
}

/** Status, headers and body of a page answer: validators, caching, purge keys, 304. */
export const pageResponse = (page: CachedPage<unknown>, options: { ifNoneMatch?: string; cacheControl: string; cache: 'HIT' | 'MISS' }): PageResponse => {
  const headers: OutgoingHttpHeaders = {
    'Cache-Control': options.cacheControl,
    ETag: page.etag,
    'Surrogate-Key': surrogateKeys(page.tags),
    'Cache-Tag': cacheTags(page.tags),
    'X-Cache': options.cache,
  };
  if (matchesIfNoneMatch(options.ifNoneMatch, page.etag)) return { status: 304, headers };
  headers['Content-Type'] = page.contentType;
  headers['Content-Length'] = page.body.length;
  return { status: 200, headers, body: page.body };
};

/**
 * A redirect is permanent, so browsers and CDNs may keep it; for an hour only, because an address
 * can be taken back (a new article given an old slug answers there itself) and a kept 301 would
 * hide it. For the same reason redirects are never kept in the page cache: each one is looked up
 * again, on the would-be 404 path only.
 */
export const MOVED_CACHE_CONTROL = 'public, max-age=3600';

/** A 301 to `location`, with the request's query kept (a comment cursor, a locale). */
export const answerMoved = (ctx: Context, location: string): void => {
  ctx.status = 301;
  ctx.set('Location', ctx.querystring ? `${location}?${ctx.querystring}` : location);
  ctx.set('Cache-Control', MOVED_CACHE_CONTROL);
  // Empty, not null: Koa turns a null body into a 204.
  ctx.body = '';
};

/** A page's controller action: the request read by the page's parser, answered from the cache. */
export const answerPage = async <Request, Data>(strapi: Core.Strapi, ctx: Context, page: PublicPage<Request, Data>): Promise<void> => {
  const request = page.parse((ctx.params ?? {}) as Record<string, string>, new URLSearchParams(ctx.querystring));
  const cache = articleCache(strapi);
  const found = await cache.page(page, request, { anonymous: !ctx.get('Authorization') });
  if (!found) {
    const moved = page.moved ? await page.moved(strapi, request) : null;
    if (!moved) throw page.notFound(request);
    const prefix = ((strapi.config.get('api.rest.prefix') as string) || '/api').replace(/\/+$/, '');
    return answerMoved(ctx, `${prefix}${moved}`);
  }
  const answer = pageResponse(found.page, {
    ifNoneMatch: ctx.get('If-None-Match'),
    cacheControl: cache.config.cacheControl,
    cache: found.hit ? 'HIT' : 'MISS',
  });
  ctx.set(answer.headers as Record<string, string>);
  ctx.status = answer.status;
  if (answer.body) ctx.body = answer.body;
};

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Puts the early answer in front of Strapi's request listener (Koa). */
export const installEarlyAnswer = (server: Server, cache: ArticleCache, restPrefix: string): void => {
  const pipeline = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const templates = new HeaderTemplates();
  const routes = PUBLIC_PAGES.map((page) => ({ page, match: pathMatcher(restPrefix, page.path) }));

  /** Answers now if it can; otherwise says so, and learns this Origin's headers if they are missing. */
  const answerEarly = (req: IncomingMessage, res: ServerResponse): boolean => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.authorization || !req.url) return false;
    const mark = req.url.indexOf('?');
    const path = mark < 0 ? req.url : req.url.slice(0, mark);
    for (const { page, match } of routes) {
      const params = match(path);
      if (!params) continue;
      let key: string;
      try {
        key = cache.keyOf(page, page.parse(params, new URLSearchParams(mark < 0 ? '' : req.url.slice(mark + 1))));
      } catch {
        return false; // refused: the pipeline answers with the error
      }
      const origin = req.headers.origin ?? '';
      const template = templates.get(origin);
      if (!template) {
        res.once('finish', () => templates.learn(origin, res));
        return false;
      }
      const found = cache.store.get(key);
      if (!found?.public) return false;
      const answer = pageResponse(found, { ifNoneMatch: req.headers['if-none-match'], cacheControl: cache.config.cacheControl, cache: 'HIT' });
      res.writeHead(answer.status, { ...template, ...answer.headers });
      res.end(req.method === 'HEAD' ? undefined : answer.body);
      return true;
    }
    return false;
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (answerEarly(req, res)) return;
    for (const listener of pipeline) listener.call(server, req, res);
  });
};
