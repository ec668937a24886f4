import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'http';
import type { ArticleCache } from '.';
import { cacheTags, matchesIfNoneMatch, pageKey, parsePageRequest, surrogateKeys } from './http';

/**
 * The earliest answer: anonymous GET/HEAD requests for a cached page are answered from the HTTP
 * server's own request event, before Koa builds a context and before Strapi's middlewares run,
 * so a warm read costs little more than sending the bytes.
 *
 * Correctness first: the headers sent are those Strapi's own pipeline produced for the same page
 * (security headers, CORS, powered-by), learnt from a response that went through it, per Origin
 * (CORS answers differ by Origin). Until a pipeline response has been seen for an Origin, and for
 * anything unusual (credentials, odd parameters, a page no anonymous request has been allowed to
 * read), the request goes down the full pipeline as before. Those requests skip the request log
 * (strapi::logger); a proxy's or CDN's access log has them.
 */

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

// Per response, or set from the page: never replayed from the learnt template.
const OWN_HEADERS = new Set([
  'content-length',
  'content-type',
  'date',
  'etag',
  'cache-control',
  'surrogate-key',
  'cache-tag',
  'x-cache',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'set-cookie',
]);
// Distinct Origins remembered; beyond that, requests take the full pipeline.
const MAX_ORIGINS = 200;

export const installEarlyAnswer = (server: Server, cache: ArticleCache): void => {
  const pipeline = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const templates = new Map<string, OutgoingHttpHeaders>();

  const learn = (origin: string, res: ServerResponse) => {
    // Only a 200 made by the page responder, and never one that set a cookie.
    if (res.statusCode !== 200 || !res.getHeader('x-cache') || res.getHeader('set-cookie')) return;
    if (templates.size >= MAX_ORIGINS || templates.has(origin)) return;
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (!OWN_HEADERS.has(name) && value !== undefined) headers[name] = value;
    }
    templates.set(origin, headers);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (cache.config.enabled && (req.method === 'GET' || req.method === 'HEAD') && !req.headers.authorization && req.url) {
      const mark = req.url.indexOf('?');
      const request = parsePageRequest(mark < 0 ? req.url : req.url.slice(0, mark), mark < 0 ? '' : req.url.slice(mark + 1));
      if (request) {
        const origin = req.headers.origin ?? '';
        const template = templates.get(origin);
        const page = template ? cache.store.get(pageKey(request)) : undefined;
        if (template && page?.public) {
          const headers: OutgoingHttpHeaders = {
            ...template,
            'Cache-Control': cache.config.cacheControl,
            ETag: page.etag,
            'Surrogate-Key': surrogateKeys(page.tags),
            'Cache-Tag': cacheTags(page.tags),
            'X-Cache': 'HIT',
          };
          if (matchesIfNoneMatch(req.headers['if-none-match'], page.etag)) {
            res.writeHead(304, headers);
            res.end();
            return;
          }
          headers['Content-Type'] = 'application/json; charset=utf-8';
          headers['Content-Length'] = page.body.length;
          res.writeHead(200, headers);
          res.end(req.method === 'HEAD' ? undefined : page.body);
          return;
        }
        if (!template) res.once('finish', () => learn(origin, res));
      }
    }
    for (const listener of pipeline) listener.call(server, req, res);
  });
};
