import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { answerPage } from '../article-cache';
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from '../reader-page/address';
import { publicOrigin } from '../site/public-origin';
import { feedPage } from './feeds/page';
import { answerText } from './http';
import { renderRobots } from './robots';
import { SITEMAP_KINDS, sitemaps, type SitemapKind } from './sitemaps/service';
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet } from './sitemaps/xml';

/**
 * What search engines, news aggregators and feed readers read, at the site's root: the feeds
 * (`[/<locale>]/feeds/home.xml`, `.../sections|tags|authors/<slug>.xml`, `.atom` for Atom), the
 * sitemap index `/sitemap.xml` and its pages `/sitemaps/<kind>-<n>.xml`, the Google News sitemap
 * `/sitemap-news.xml` and `/robots.txt`. Every address inside is absolute on the public origin
 * (src/site/public-origin.ts), never on the request's Host.
 */

type Next = () => Promise<unknown>;

const XML = 'application/xml; charset=utf-8';
/** Crawlers come back often for news, seldom for the archive. */
const SITEMAP_MAX_AGE = 300;
const NEWS_MAX_AGE = 60;

/** `articles-3.xml` → ['articles', 3]; anything else no sitemap's name. */
const readSitemapFile = (file: string): [SitemapKind, number] => {
  const match = /^([a-z]+)-([1-9]\d{0,8})\.xml$/.exec(file);
  const kind = SITEMAP_KINDS.find((candidate) => candidate === match?.[1]);
  if (!match || !kind) throw new errors.NotFoundError(`No sitemap "${file}".`);
  return [kind, Number(match[2])];
};

export const registerDistribution = (strapi: Core.Strapi): void => {
  const router = strapi.server.router;
  const apiSegment = ((strapi.config.get('api.rest.prefix') as string) || '/api').replace(/^\/+/, '');
  const read = sitemaps(strapi);

  const feed = async (ctx: Context, next: Next) => {
    // /api/feeds/... is the API's, which has no feeds: its own 404.
    if (ctx.params.locale === apiSegment) return next();
    await answerPage(strapi, ctx, feedPage);
  };
  router.get('/feeds/:file', feed);
  router.get('/feeds/:list/:file', feed);
  router.get('/:locale/feeds/:file', feed);
  router.get('/:locale/feeds/:list/:file', feed);

  router.get(SITEMAP_INDEX_PATH, async (ctx: Context) => answerText(ctx, renderSitemapIndex(await read.index()), XML, SITEMAP_MAX_AGE));
  router.get('/sitemaps/:file', async (ctx: Context) => {
    const [kind, page] = readSitemapFile(String(ctx.params.file));
    answerText(ctx, renderUrlSet(await read.page(kind, page)), XML, SITEMAP_MAX_AGE);
  });
  router.get(NEWS_SITEMAP_PATH, async (ctx: Context) => answerText(ctx, renderNewsSitemap(await read.news()), XML, NEWS_MAX_AGE));
  router.get('/robots.txt', (ctx: Context) => answerText(ctx, renderRobots(publicOrigin(strapi)), 'text/plain; charset=utf-8', SITEMAP_MAX_AGE));
};
