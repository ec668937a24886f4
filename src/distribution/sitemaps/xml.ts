/**
 * Sitemap XML (sitemaps.org 0.9, with xhtml:link alternates and Google News), written by hand:
 * three small shapes, each URL escaped once here.
 */

const escapeXml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export interface SitemapRef {
  loc: string;
  lastmod: Date | null;
}

export interface Alternate {
  /** hreflang: a BCP 47 tag (`fa-AF`) or `x-default`. */
  hreflang: string;
  href: string;
}

export interface SitemapUrl {
  loc: string;
  lastmod: Date | null;
  alternates: Alternate[];
}

export interface NewsUrl {
  loc: string;
  publicationName: string;
  /** ISO 639 (`fa`, not `fa-AF`), as Google News wants it. */
  language: string;
  published: Date;
  title: string;
}

const lastmod = (date: Date | null): string => (date ? `<lastmod>${date.toISOString()}</lastmod>` : '');

export const renderSitemapIndex = (sitemaps: SitemapRef[]): string =>
  `${HEAD}<sitemapindex xmlns="${SITEMAP_NS}">\n${sitemaps.map((s) => `<sitemap><loc>${escapeXml(s.loc)}</loc>${lastmod(s.lastmod)}</sitemap>\n`).join('')}</sitemapindex>\n`;

export const renderUrlSet = (urls: SitemapUrl[]): string =>
  `${HEAD}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls
    .map(
      (url) =>
        `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastmod)}${url.alternates
          .map((alt) => `<xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.href)}"/>`)
          .join('')}</url>\n`
    )
    .join('')}</urlset>\n`;

export const renderNewsSitemap = (urls: NewsUrl[]): string =>
  `${HEAD}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${urls
    .map(
      (url) =>
        `<url><loc>${escapeXml(url.loc)}</loc><news:news><news:publication><news:name>${escapeXml(url.publicationName)}</news:name>` +
        `<news:language>${escapeXml(url.language)}</news:language></news:publication>` +
        `<news:publication_date>${url.published.toISOString()}</news:publication_date><news:title>${escapeXml(url.title)}</news:title></news:news></url>\n`
    )
    .join('')}</urlset>\n`;

/** Google News names a language by ISO 639 alone (`fa` for `fa-AF`), except Chinese, which keeps its script (`zh-cn`, `zh-tw`). */
export const newsLanguage = (locale: string): string => {
  const [language, region] = locale.toLowerCase().split('-');
  return language === 'zh' && region ? `zh-${region}` : language;
};
