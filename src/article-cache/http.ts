import crypto from 'crypto';
import { isLocaleCode, isSlug } from '../validation/identifiers';

/**
 * The HTTP side of the assembled-article cache, kept free of Strapi so it can be unit-tested:
 * which requests name a cacheable page, validators, and the headers a CDN needs.
 */

export const ASSEMBLED_PATH = /^\/api\/articles\/([^/]+)\/assembled\/?$/;
const MAX_CURSOR = 200;

export interface PageRequest {
  slug: string;
  locale?: string;
  cursor?: string;
}

export const pageKey = ({ slug, locale, cursor }: PageRequest): string => `${slug}|${locale ?? ''}|${cursor ?? ''}`;

/**
 * The page a plain request names, or null when anything about it is unusual (bracketed or
 * repeated parameters, an odd slug or locale): those go down the full pipeline, whose validation
 * answers them, so the early path can never answer differently from the controller.
 */
export const parsePageRequest = (path: string, querystring: string): PageRequest | null => {
  const match = ASSEMBLED_PATH.exec(path);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  if (!isSlug(slug)) return null;
  if (!querystring) return { slug };

  const query = new URLSearchParams(querystring);
  let locale: string | undefined;
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (const [key, value] of query) {
    if (key.includes('[') || key.includes(']')) return null;
    if (key !== 'locale' && key !== 'cursor') continue;
    if (seen.has(key)) return null;
    seen.add(key);
    if (key === 'locale') locale = value || undefined;
    else cursor = value || undefined;
  }
  if (locale !== undefined && !isLocaleCode(locale)) return null;
  if (cursor !== undefined && cursor.length > MAX_CURSOR) return null;
  return { slug, locale, cursor };
};

export const etagOf = (body: Buffer): string => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;

/**
 * If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ is ignored, `*` matches any
 * current representation, and a list matches when any member does.
 */
export const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value.replace(/^W\//, '') === bare;
  });
};

/** Tags as CDN purge keys: Fastly's Surrogate-Key is space-separated, Cloudflare's Cache-Tag comma-separated. */
export const surrogateKeys = (tags: readonly string[]): string => tags.map((tag) => tag.replace(':', '-')).join(' ');
export const cacheTags = (tags: readonly string[]): string => tags.map((tag) => tag.replace(':', '-')).join(',');
