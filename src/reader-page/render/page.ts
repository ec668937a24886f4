import { html, jsonForScript, raw, type Html } from './html';
import { renderArticle } from './article';
import { articleCrumbs, renderBreadcrumb } from './breadcrumb';
import { renderComments, renderReactions } from './comments';
import { absoluteUrl, renderDocument, type ShareImage, type SiteContext } from './layout';
import { directionOf, languageName } from './locales';
import { CLIENT_WORDS_ID, clientWords, wordsFor, type PageWords } from '../messages';
import { absoluteNewsArticle, breadcrumbList } from './structured-data';
import { readerPath } from '../address';
import { CROPS } from '../../api/image/crops/geometry';
import { renderTeaserList } from './teaser';
import type { AssembledArticle } from '../../api/article/services/assembled-article';

/**
 * The reader page of one article, built from the assembled-article response: everything a reader
 * sees is in the HTML (works without JavaScript); the script adds reactions, the live counter,
 * posting and replies. Every piece of content is escaped. The document around it (head, site
 * navigation) is every reader page's (layout.ts).
 */
export interface PageContext {
  /** Site-relative address of this page. */
  path: string;
  /** The path the page's script posts to, e.g. /api/articles/<slug>. */
  apiBase: string;
  /** The locale the address named ('' for the default one), for the page's script. */
  locale: string;
  /** The article's other languages: each version's address, locale and headline. */
  translations: Translation[];
  /**
   * A preview of a version not published (src/preview): the band says so, and nothing on the
   * page can write (no reactions, no comment form, no script).
   */
  preview?: boolean;
}

export interface Translation {
  locale: string;
  title: string;
  path: string;
}

// CROPS lists the 16:9 crop first.
const WIDE_CROP = CROPS[0];

/** The photo social networks show: its 16:9 crop (src/api/image/crops), else the photo itself. */
const shareImage = (article: AssembledArticle, site: SiteContext): ShareImage | undefined => {
  const image = article.heroImage;
  if (!image) return undefined;
  const picked = image.formats[WIDE_CROP.key] ?? image;
  return { url: absoluteUrl(site, picked.url), width: picked.width, height: picked.height, alt: image.alt };
};

/**
 * The article's head beyond every page's: its versions in other languages (hreflang, with
 * x-default for the default locale's, and og:locale:alternate), its times (dateModified moves with
 * a correction, as in the structured data), its primary section and its tags.
 */
const articleMeta = (article: AssembledArticle, context: PageContext, site: SiteContext): Html => {
  const versions = [{ locale: article.locale, path: context.path }, ...context.translations];
  const byDefault = versions.find((version) => version.path === readerPath(article.slug)) ?? versions[0];
  const section = article.sectionPath[article.sectionPath.length - 1];
  return html`${versions.map((version) => html`<link rel="alternate" hreflang="${version.locale}" href="${absoluteUrl(site, version.path)}">
`)}<link rel="alternate" hreflang="x-default" href="${absoluteUrl(site, byDefault.path)}">
${context.translations.map((version) => html`<meta property="og:locale:alternate" content="${version.locale.replace('-', '_')}">
`)}<meta property="article:published_time" content="${article.publishedAt}">
<meta property="article:modified_time" content="${article.structuredData.dateModified}">
${section ? html`<meta property="article:section" content="${section.name}">
` : ''}${article.tags.map((tag) => html`<meta property="article:tag" content="${tag.name}">
`)}`;
};

/** Links to the article's other languages, each in its own language and direction. */
const languages = (translations: Translation[], t: PageWords): Html =>
  translations.length
    ? html`<nav class="languages" aria-label="${t.m.otherLanguages}"><ul>
${translations.map(
  (version) => html`<li><a href="${version.path}" hreflang="${version.locale}" lang="${version.locale}" dir="${directionOf(version.locale)}">${languageName(version.locale)}: ${version.title}</a></li>
`
)}</ul></nav>`
    : html``;

/** Up to five stories like this one, drawn as every list draws a story. */
const related = (article: AssembledArticle, site: SiteContext, t: PageWords): Html =>
  article.related.length
    ? html`<section class="related" aria-labelledby="related-title">
<h2 id="related-title">${t.m.related}</h2>
${renderTeaserList(article.related, t, { pathLocale: site.pathLocale })}
</section>`
    : html``;

export const renderArticlePage = (article: AssembledArticle, context: PageContext, site: SiteContext): string => {
  const description = article.summary ?? (article.structuredData as { description?: string }).description ?? '';
  const t = wordsFor(site.lang);
  const crumbs = article.sectionPath.length ? articleCrumbs(article.sectionPath, t, site.pathLocale) : null;
  return renderDocument(
    { ...site, currentSection: article.sectionPath[0]?.slug },
    {
      title: article.title,
      description,
      path: context.path,
      ogType: 'article',
      image: shareImage(article, site),
      meta: articleMeta(article, context, site),
      structuredData: [absoluteNewsArticle(site, article.structuredData), ...(crumbs ? [breadcrumbList(site, crumbs)] : [])],
      skipLink: { target: 'headline', label: t.m.skipToArticle },
      main: html`<main id="main" data-api="${context.apiBase}" data-locale="${context.locale}">
${crumbs ? renderBreadcrumb(crumbs, t) : ''}
${languages(context.translations, t)}
${renderArticle(article, t, site.pathLocale)}
${context.preview ? '' : renderReactions(article, t)}
${related(article, site, t)}
${context.preview ? '' : renderComments(article, t)}
${context.preview ? '' : scriptWords(site.lang)}
</main>`,
      script: !context.preview,
      band: context.preview ? previewBand(t) : undefined,
    }
  );
};

/** The words the page's script says, in the page's language (messages/index.ts). */
const scriptWords = (lang: string): Html => html`<script type="application/json" id="${CLIENT_WORDS_ID}">${raw(jsonForScript(clientWords(lang)))}</script>`;

/** The preview's band, in the language of the version previewed, as the rest of the page. */
const previewBand = (t: PageWords): Html => html`<div class="preview-band" role="note"><strong>${t.m.previewBand}</strong> <span>${t.m.previewNote}</span></div>
`;

/**
 * A page that could not be: an unknown article, section, author or tag (404), a malformed address
 * (400), in the language of the address when the newsroom has it (English otherwise).
 */
export const renderNotFoundPage = (message: string, heading: string, lang = 'en'): string =>
  `<!doctype html>\n${html`<html lang="${lang}" dir="${directionOf(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${heading}</title><link rel="stylesheet" href="/reader/reader.css"></head>
<body><main id="main" class="not-found"><h1>${heading}</h1><p>${message}</p></main></body></html>`.value}\n`;
