import type { Core } from '@strapi/strapi';

/**
 * A cacheable public page: what the cache needs to know about one public GET route to keep its
 * answers and serve them early. The assembled article is one (pages/assembled-article.ts); a
 * section front, an RSS feed or a sitemap is another, declared the same way and listed in
 * pages/index.ts: nothing else in the cache changes.
 */

/** What a producer makes of one request: the bytes readers get and what they show. */
export interface ProducedPage<Data, Request> {
  body: Buffer;
  /** Content-Type of the body, e.g. `application/json; charset=utf-8`, `application/rss+xml`. */
  contentType: string;
  /** The documents shown, as cache tags (`article:<documentId>`, ...): a change to one drops the page. */
  tags: string[];
  /** The page as data, for in-process readers (the reader page renders the assembled article). */
  data: Data;
  /** The further pages this one links to, e.g. its next page of comments (see `isEntry`). */
  links: Request[];
}

export interface PublicPage<Request, Data = unknown> {
  /** Names the page in cache keys: keys of different pages never meet. */
  name: string;
  /** The route path under the REST prefix, in the router's syntax: `/articles/:slug/assembled`. */
  path: string;
  /**
   * The one reading of a request, for the early answer and the controller alike: the route's
   * params (decoded) and the query. Gives the request in canonical form (one spelling, one key)
   * or throws the Strapi error the reader gets (400 for a malformed parameter, 404 for an address
   * no page can have).
   */
  parse(params: Record<string, string>, query: URLSearchParams): Request;
  key(request: Request): string;
  /**
   * Whether the page may be kept although no kept page links to it (a first page). Other pages
   * (a cursor, page 2) are kept only when a kept page linked to them: a cursor a stranger made
   * up is answered, never kept, so made-up cursors cannot push real pages out.
   */
  isEntry(request: Request): boolean;
  /** The page, or null when there is none (answered with `notFound`). */
  produce(strapi: Core.Strapi, request: Request): Promise<ProducedPage<Data, Request> | null>;
  notFound(request: Request): Error;
  /**
   * Where a request with no page has moved, as a path under the REST prefix (the query is kept
   * by the caller), or null: asked only when there is no page, so answered pages cost nothing
   * more. Never cached here (see `answerMoved`).
   */
  moved?(strapi: Core.Strapi, request: Request): Promise<string | null>;
}

/** Any declared page, as the registry and the early answer hold them. */
export type AnyPublicPage = PublicPage<unknown, unknown>;

/**
 * Matches a raw request path (as the HTTP server gets it) against a page's route: its params,
 * decoded as the router decodes them, or null when it does not match or cannot be decoded (the
 * pipeline then answers it).
 */
export const pathMatcher = (prefix: string, path: string): ((rawPath: string) => Record<string, string> | null) => {
  const names: string[] = [];
  const source = `${prefix.replace(/\/+$/, '')}${path}`
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  // The router takes an optional trailing slash (non-strict): so does this.
  const pattern = new RegExp(`^${source}/?$`);
  return (rawPath) => {
    const match = pattern.exec(rawPath);
    if (!match) return null;
    const params: Record<string, string> = {};
    try {
      names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    } catch {
      return null;
    }
    return params;
  };
};
