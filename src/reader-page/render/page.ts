import { html, jsonForScript, raw, type Html } from './html';
import { renderArticle } from './article';
import { renderComments, renderReactions } from './comments';
import { directionOf } from './locales';
import type { AssembledArticle } from '../../api/article/services/assembled-article';

/**
 * The reader page of one article, built from the assembled-article response: everything a reader
 * sees is in the HTML (works without JavaScript); the script adds reactions, the live counter,
 * posting and replies. Every piece of content is escaped.
 */
export interface PageContext {
  /** Absolute or site-relative address of this page. */
  canonicalUrl: string;
  /** The path the page's script posts to, e.g. /api/articles/<slug>. */
  apiBase: string;
  locale: string;
  siteName: string;
  assetVersion: string;
}

const head = (article: AssembledArticle, context: PageContext): Html => {
  const description = article.summary ?? (article.structuredData as { description?: string }).description ?? '';
  const image = article.heroImage;
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${article.title} | ${context.siteName}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${context.canonicalUrl}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${context.siteName}">
<meta property="og:title" content="${article.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${context.canonicalUrl}">
<meta property="og:locale" content="${article.locale.replace('-', '_')}">
${image ? html`<meta property="og:image" content="${image.url}">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">` : ''}
<meta property="article:published_time" content="${article.publishedAt}">
<meta property="article:modified_time" content="${article.updatedAt}">
<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">
<link rel="stylesheet" href="/reader/reader.css?v=${context.assetVersion}">
<script type="application/ld+json">${raw(jsonForScript(article.structuredData))}</script>`;
};

export const renderArticlePage = (article: AssembledArticle, context: PageContext): string =>
  `<!doctype html>\n${html`<html lang="${article.locale}" dir="${directionOf(article.locale)}">
<head>
${head(article, context)}
</head>
<body>
<a class="skip-link" href="#headline">Skip to the article</a>
<main id="main" data-api="${context.apiBase}" data-locale="${context.locale}">
${renderArticle(article)}
${renderReactions(article)}
${renderComments(article)}
</main>
<script src="/reader/reader.js?v=${context.assetVersion}" defer></script>
</body>
</html>`.value}\n`;

export const renderNotFoundPage = (message: string): string =>
  `<!doctype html>\n${html`<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found</title><link rel="stylesheet" href="/reader/reader.css"></head>
<body><main id="main" class="not-found"><h1>Article not found</h1><p>${message}</p></main></body></html>`.value}\n`;
