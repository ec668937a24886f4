import { html, jsonForScript, raw, type Html } from './html';
import { directionOf } from './locales';
import { wordsFor } from '../messages';
import { homePath, sectionPath } from '../address';
import type { NameAndSlug } from '../../api/article/assembly/teaser';

/**
 * The document every reader page shares, the article and the lists around it alike: the head
 * (title, description, canonical link, Open Graph, stylesheet, structured data), the skip link,
 * the site header with the top-level sections, then the page's own <main>. One shell, so every
 * page reads, mirrors (Dari, Pashto, Urdu) and escapes the same way.
 */

/** What every page knows of the site around it. */
export interface SiteContext {
  siteName: string;
  assetVersion: string;
  /** Scheme and host of absolute addresses (src/site/public-origin.ts, never the request's Host), no trailing slash. */
  origin: string;
  /** The page's language (`en`, `fa-AF`): `<html lang>`, and `dir` from it. */
  lang: string;
  /** The locale in the site's addresses: undefined for the default locale, which has no prefix. */
  pathLocale?: string;
  /** The top-level sections, for the site's navigation (in the page's locale). */
  sections: NameAndSlug[];
  /** The section this page is of or in, marked as the current one in the navigation. */
  currentSection?: string;
}

export interface DocumentParts {
  /** What the page is (the headline, the section's name): the site's name follows it in <title>. */
  title: string;
  description: string;
  /** Site-relative path of this page; made absolute with the site's origin. */
  path: string;
  ogType: 'article' | 'website' | 'profile';
  /** The picture social networks show with a link to the page: og:image and twitter:image (absolute). */
  image?: ShareImage;
  /** Further head tags of the page (an article's times, section, tags, languages). */
  meta?: Html;
  /** Each becomes its own JSON-LD script, in this order. */
  structuredData: unknown[];
  skipLink: { target: string; label: string };
  /** The page's <main> element. */
  main: Html;
  /** Whether the page runs the reader script (the article's reactions and comments). */
  script?: boolean;
  /** A band above everything else on the page (the preview's "not published"). */
  band?: Html;
}

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * What social networks read (Open Graph, Twitter/X cards): the page's title, description,
 * address and picture, a large card when there is a picture.
 */
const shareTags = (site: SiteContext, parts: DocumentParts, url: string): Html => {
  const image = parts.image;
  return html`<meta property="og:type" content="${parts.ogType}">
<meta property="og:site_name" content="${site.siteName}">
<meta property="og:title" content="${parts.title}">
<meta property="og:description" content="${parts.description}">
<meta property="og:url" content="${url}">
<meta property="og:locale" content="${site.lang.replace('-', '_')}">
${image ? html`<meta property="og:image" content="${image.url}">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">
` : ''}<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${parts.title}">
<meta name="twitter:description" content="${parts.description}">
${image ? html`<meta name="twitter:image" content="${image.url}">
<meta name="twitter:image:alt" content="${image.alt}">
` : ''}`;
};

/** An absolute address for structured data and canonical links; absolute ones are kept. */
export const absoluteUrl = (site: Pick<SiteContext, 'origin'>, path: string): string => (/^https?:\/\//.test(path) ? path : `${site.origin}${path}`);

const siteHeader = (site: SiteContext): Html => html`<header class="site-header">
  <a class="site-name" href="${homePath(site.pathLocale)}">${site.siteName}</a>
  ${site.sections.length
    ? html`<nav class="site-nav" aria-label="${wordsFor(site.lang).m.sections}"><ul>${site.sections.map(
        (section) =>
          html`<li><a href="${sectionPath(section.slug, site.pathLocale)}"${raw(section.slug === site.currentSection ? ' aria-current="page"' : '')}>${section.name}</a></li>`
      )}</ul></nav>`
    : ''}
</header>`;

export const renderDocument = (site: SiteContext, parts: DocumentParts): string => {
  const url = absoluteUrl(site, parts.path);
  return `<!doctype html>\n${html`<html lang="${site.lang}" dir="${directionOf(site.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title === site.siteName ? parts.title : `${parts.title} | ${site.siteName}`}</title>
<meta name="description" content="${parts.description}">
<link rel="canonical" href="${url}">
${shareTags(site, parts, url)}${parts.meta ?? ''}
<link rel="stylesheet" href="/reader/reader.css?v=${site.assetVersion}">
${parts.structuredData.map((data) => html`<script type="application/ld+json">${raw(jsonForScript(data))}</script>\n`)}</head>
<body>
${parts.band ?? ''}<a class="skip-link" href="#${parts.skipLink.target}">${parts.skipLink.label}</a>
${siteHeader(site)}
${parts.main}
${parts.script ? html`<script src="/reader/reader.js?v=${site.assetVersion}" defer></script>` : ''}
</body>
</html>`.value}\n`;
};
