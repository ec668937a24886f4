import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readerPath } from './address';
import { bundleReaderAssets } from './bundle';
import { DEFAULT_LOGO, readDefaultLogo } from './logo';
import { answerListPage, listPages, type ListPageHandler } from './list-pages';
import { wordsFor } from './messages';
import { renderArticlePage, renderNotFoundPage } from './render/page';
import { looksLikeLocale, readerSite } from './site';
import { articleCache } from '../article-cache';
import { answerMoved } from '../article-cache/answer';
import { service } from '../services';
import { assembledArticlePage, readArticleAddress, type ArticleRequest } from '../article-cache/pages/assembled-article';
import type { AssembledArticle } from '../api/article/services/assembled-article';
import { PREVIEW_ROUTE, previewPage } from '../preview/page';

/**
 * The reader pages, served by the CMS itself: the article at GET /articles/:slug, the home front
 * at /, a section's front at /sections/:slug, an author's page at /authors/:slug and a tag's list
 * at /tags/:slug, each also under /:locale/; plus their script and stylesheet at
 * /reader/reader.js and /reader/reader.css; and the preview of a draft at
 * /preview/articles/:documentId (src/preview).
 */

type Next = () => Promise<unknown>;

/** Answers an article's reader page (see answerArticle below). */
export type ArticleAnswer = (ctx: Context, article: AssembledArticle, locale: string | undefined, options?: { preview?: boolean }) => Promise<void>;

export const registerReaderPage = async (strapi: Core.Strapi): Promise<void> => {
  const assets = await bundleReaderAssets(strapi.dirs.app.root);
  const site = readerSite(strapi, assets.version);
  const lists = listPages(strapi, site);

  /** No article or page at this address, said in the address's language (`lang`; English when it names none the newsroom has). */
  const notFound = (ctx: Context, what: 'article' | 'page', lang = 'en') => {
    const { m } = wordsFor(lang);
    ctx.status = 404;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = what === 'article' ? renderNotFoundPage(m.noArticleHere, m.articleNotFound, lang) : renderNotFoundPage(m.noPageHere, m.notFound, lang);
  };

  /**
   * An article's page, for its address and for a preview alike (src/preview): `locale` is the
   * one the address names (undefined for the default one; a preview names its version's).
   */
  const answerArticle: ArticleAnswer = async (ctx, article, locale, options = {}) => {
    const { slug } = article;
    // The article exists in its locale, so the newsroom has that locale.
    const pageLocale = (await site.locale(article.locale)) ?? { lang: article.locale, pathLocale: locale };
    const { site: context } = await site.context(ctx, pageLocale);
    const address = locale ?? (options.preview ? pageLocale.pathLocale : undefined);
    ctx.type = 'text/html; charset=utf-8';
    const translations = await Promise.all(
      article.translations.map(async (version) => ({ ...version, path: readerPath(slug, (await site.locale(version.locale))?.pathLocale) }))
    );
    ctx.body = renderArticlePage(
      article,
      { path: readerPath(slug, address), apiBase: `/api/articles/${slug}`, locale: address ?? '', translations, preview: options.preview },
      context
    );
  };

  // /:locale/articles/:slug would also match /api/articles/:id: leave the API's paths to the API.
  const apiSegment = ((strapi.config.get('api.rest.prefix') as string) || '/api').replace(/^\/+/, '');

  const page = async (ctx: Context, next: Next) => {
    if (ctx.params.locale === apiSegment) return next();
    // The API's own reading of an address: the same articles answer, in the same canonical form.
    let request: ArticleRequest;
    try {
      request = readArticleAddress(String(ctx.params.slug ?? ''), ctx.params.locale ? String(ctx.params.locale) : undefined);
    } catch {
      return notFound(ctx, 'article');
    }
    const article = (await articleCache(strapi).page(assembledArticlePage, request, { anonymous: false }))?.page.data ?? null;
    const { slug, locale } = request;
    if (!article) {
      // An old slug (changed after publication) leads to the article's current page in the same locale.
      const moved = await service(strapi, 'api::article.redirects').movedTo(slug, locale);
      if (moved) return answerMoved(ctx, readerPath(moved, locale));
      return notFound(ctx, 'article', (await site.locale(locale))?.lang);
    }

    await answerArticle(ctx, article, locale);
  };

  /**
   * A list page at /... or /:locale/...: the API's paths and first segments that cannot be a
   * locale (admin, uploads, reader, ...) go on to their own routes; a locale-shaped segment the
   * newsroom lacks is a 404 page, as /de/articles/:slug is.
   */
  const listPage = (handler: ListPageHandler) => async (ctx: Context, next: Next) => {
    const segment = ctx.params.locale === undefined ? undefined : String(ctx.params.locale);
    if (segment !== undefined && (segment === apiSegment || !looksLikeLocale(segment))) return next();
    const locale = await site.locale(segment);
    if (!locale) return notFound(ctx, 'page');
    await answerListPage(ctx, locale, () => handler(ctx, locale));
  };

  /** The home front under a locale, /fa-AF/: only a locale the newsroom has; any other single segment is not ours. */
  const localeHome = async (ctx: Context, next: Next) => {
    const segment = String(ctx.params.locale);
    if (segment === apiSegment || !looksLikeLocale(segment)) return next();
    const locale = await site.locale(segment);
    if (!locale) return next();
    await answerListPage(ctx, locale, () => lists.home(ctx, locale));
  };

  const router = strapi.server.router;
  const asset = (type: string, body: string) => (ctx: Context) => {
    ctx.type = type;
    // Versioned URLs (?v=<hash of both files>) never change: cache them for good.
    ctx.set('Cache-Control', ctx.query.v === assets.version ? 'public, max-age=31536000, immutable' : 'no-cache');
    ctx.body = body;
  };
  router.get('/reader/reader.js', asset('application/javascript; charset=utf-8', assets.script));
  router.get('/reader/reader.css', asset('text/css; charset=utf-8', assets.css));
  const logo = readDefaultLogo(strapi.dirs.app.root);
  router.get(DEFAULT_LOGO.url, (ctx: Context) => {
    ctx.type = 'image/png';
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.body = logo;
  });
  // Before /:locale/articles/:slug, which /preview/articles/:documentId would also match.
  router.get(PREVIEW_ROUTE, previewPage(strapi, answerArticle));
  router.get('/articles/:slug', page);
  router.get('/:locale/articles/:slug', page);
  router.get('/sections/:slug', listPage(lists.section));
  router.get('/:locale/sections/:slug', listPage(lists.section));
  router.get('/authors/:slug', listPage(lists.author));
  router.get('/:locale/authors/:slug', listPage(lists.author));
  router.get('/tags/:slug', listPage(lists.tag));
  router.get('/:locale/tags/:slug', listPage(lists.tag));
  router.get('/:locale', localeHome);

  // strapi::public answers / with a redirect to the admin panel, from a route registered before
  // any of ours (routes match in order): the reader's home front takes / first, in front of the
  // router. The admin panel stays at /admin.
  const home = listPage(lists.home);
  strapi.server.use(async (ctx: Context, next: Next) => {
    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.path === '/') {
      ctx.params = {};
      return home(ctx, next);
    }
    return next();
  });
};
