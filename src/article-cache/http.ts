import crypto from 'crypto';

/**
 * The HTTP side of the page cache, kept free of Strapi so it can be unit-tested: validators and
 * the headers a CDN needs.
 */

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
