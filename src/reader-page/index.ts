import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readerPath } from './address';
import { bundleReaderAssets } from './bundle';
import { renderArticlePage, renderNotFoundPage } from './render/page';
import { articleCache } from '../article-cache';
import { assembledArticlePage, readArticleAddress, type ArticleRequest } from '../article-cache/pages/assembled-article';

/**
 * The reader page, served by the CMS itself: GET /articles/:slug and /:locale/articles/:slug,
 * plus its script and stylesheet at /reader/reader.js and /reader/reader.css.
 */

export const registerReaderPage = async (strapi: Core.Strapi): Promise<void> => {
  const assets = await bundleReaderAssets(strapi.dirs.app.root);
  const siteName = () => (strapi.config.get('newsroom.publisher.name') as string) || 'Newsroom';

  const notFound = (ctx: Context, message: string) => {
    ctx.status = 404;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderNotFoundPage(message);
  };

  // /:locale/articles/:slug would also match /api/articles/:id: leave the API's paths to the API.
  const apiSegment = ((strapi.config.get('api.rest.prefix') as string) || '/api').replace(/^\/+/, '');

  const page = async (ctx: Context, next: () => Promise<unknown>) => {
    if (ctx.params.locale === apiSegment) return next();
    // The API's own reading of an address: the same articles answer, in the same canonical form.
    let request: ArticleRequest;
    try {
      request = readArticleAddress(String(ctx.params.slug ?? ''), ctx.params.locale ? String(ctx.params.locale) : undefined);
    } catch {
      return notFound(ctx, 'There is no article at this address.');
    }
    const article = (await articleCache(strapi).page(assembledArticlePage, request, { anonymous: false }))?.page.data ?? null;
    if (!article) return notFound(ctx, 'There is no article at this address.');

    const { slug, locale } = request;
    const base = ((strapi.config.get('server.url') as string) || ctx.origin).replace(/\/+$/, '');
    const path = readerPath(slug, locale);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderArticlePage(article, {
      canonicalUrl: `${base}${path}`,
      apiBase: `/api/articles/${slug}`,
      locale: locale ?? '',
      siteName: siteName(),
      assetVersion: assets.version,
    });
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
  router.get('/articles/:slug', page);
  router.get('/:locale/articles/:slug', page);
};
