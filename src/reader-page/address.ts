/**
 * Where the reader pages are: `/articles/<slug>` in the default locale, `/<locale>/articles/<slug>`
 * in another, and the lists around the article the same way (`/`, `/sections/<slug>`,
 * `/authors/<slug>`, `/tags/<slug>`). One set of helpers for the pages themselves and every list
 * linking to them, so a link and the route it lands on never disagree.
 */
export const readerPath = (slug: string, locale?: string): string => (locale ? `/${locale}/articles/${slug}` : `/articles/${slug}`);

/** The prefix of every page in a locale: none for the default locale (passed as undefined). */
const under = (locale: string | undefined, path: string): string => (locale ? `/${locale}${path}` : path);

/** The home front: `/`, `/<locale>/`. */
export const homePath = (locale?: string): string => under(locale, '/');
export const sectionPath = (slug: string, locale?: string): string => under(locale, `/sections/${slug}`);
export const authorPath = (slug: string, locale?: string): string => under(locale, `/authors/${slug}`);
export const tagPath = (slug: string, locale?: string): string => under(locale, `/tags/${slug}`);

/** What a feed is of: the home front, or a section's, tag's or author's list. */
export type FeedList = 'home' | 'sections' | 'tags' | 'authors';
/** RSS 2.0 (`.xml`) or Atom (`.atom`). */
export type FeedFormat = 'rss' | 'atom';
export const FEED_EXTENSIONS: Record<FeedFormat, string> = { rss: 'xml', atom: 'atom' };

/** A feed: `/feeds/home.xml`, `/feeds/sections/<slug>.atom`, `/<locale>/feeds/tags/<slug>.xml`. */
export const feedPath = (list: FeedList, slug: string | null, format: FeedFormat, locale?: string): string =>
  under(locale, list === 'home' ? `/feeds/home.${FEED_EXTENSIONS[format]}` : `/feeds/${list}/${slug}.${FEED_EXTENSIONS[format]}`);

/** The sitemap index, its pages, the Google News sitemap: site-wide, in no locale's prefix. */
export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const sitemapPagePath = (kind: string, page: number): string => `/sitemaps/${kind}-${page}.xml`;
export const NEWS_SITEMAP_PATH = '/sitemap-news.xml';
