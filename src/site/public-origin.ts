import type { Core } from '@strapi/strapi';
import { generatesSecrets } from '../settings';

/**
 * The site's public origin (scheme, host, port; no trailing slash), the one source of every
 * absolute address read outside the site: canonical links, structured data, feeds, sitemaps,
 * robots.txt. PUBLIC_URL (server.url) when set; otherwise, in development, the server's own
 * address (0.0.0.0 or :: read as localhost), so a fresh clone links to itself.
 *
 * Never the request's Host or X-Forwarded-Host: a CDN in front would keep whatever host one
 * request sent and serve it to every reader (cache poisoning).
 */
export const publicOrigin = (strapi: Core.Strapi): string => {
  const configured = ((strapi.config.get('server.url') as string) || '').replace(/\/+$/, '');
  if (configured) return configured;
  const host = String(strapi.config.get('server.host') ?? 'localhost');
  const port = Number(strapi.config.get('server.port') ?? 1337);
  const name = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
};

/** Whether PUBLIC_URL is set: without it, absolute addresses point at this server's own address. */
export const hasPublicUrl = (strapi: Core.Strapi): boolean => Boolean(strapi.config.get('server.url'));

/** An absolute address on the public origin for a site path (`/articles/x`); absolute URLs (a CDN's) stay as they are. */
export const absoluteOn = (origin: string, path: string): string => (/^https?:\/\//i.test(path) ? path : `${origin}${path.startsWith('/') ? '' : '/'}${path}`);

/**
 * In production an unset PUBLIC_URL would send readers, search engines and aggregators to
 * http://localhost:1337: said at start-up, loudly. Not a refusal, because an API-only instance
 * behind a load balancer (SERVE_ADMIN_PANEL=false) may serve nothing that links outward.
 */
export const warnWithoutPublicUrl = (strapi: Core.Strapi): void => {
  // Production as the settings define it: any environment that may not generate secrets.
  if (hasPublicUrl(strapi) || generatesSecrets(strapi.config.get('environment') as string | undefined)) return;
  strapi.log.warn(
    `[newsroom] PUBLIC_URL is not set: canonical links, structured data, feeds, sitemaps and robots.txt point at ${publicOrigin(strapi)}. ` +
      'Set PUBLIC_URL to the address readers use (e.g. https://news.example.org).'
  );
};

/**
 * The prefix of media URLs in API answers: PUBLIC_URL, or empty to keep them relative to this
 * server (a front-end on the same origin, tests), as the API has always answered them. Pages read
 * outside the site (feeds, sitemaps) make them absolute on `publicOrigin` instead.
 */
export const mediaBase = (strapi: Core.Strapi): string => ((strapi.config.get('server.url') as string) || '').replace(/\/+$/, '');
