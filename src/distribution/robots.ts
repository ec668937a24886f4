import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from '../reader-page/address';

/**
 * robots.txt: everything readers see may be crawled; the admin panel and draft previews may not
 * (a preview link is secret and expires anyway); the sitemaps named with absolute addresses, as the
 * protocol requires.
 */
export const renderRobots = (origin: string): string =>
  ['User-agent: *', 'Disallow: /admin', 'Disallow: /preview/', '', `Sitemap: ${origin}${SITEMAP_INDEX_PATH}`, `Sitemap: ${origin}${NEWS_SITEMAP_PATH}`, ''].join('\n');
