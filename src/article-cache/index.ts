import type { Core } from '@strapi/strapi';
import { installEarlyAnswer } from './early-answer';
import { localBus, redisBus, type InvalidationBus } from './bus';
import { etagOf, pageKey, type PageRequest } from './http';
import { subscribeInvalidation } from './invalidation';
import { ALL, PageStore, type CachedPage } from './store';
import type { AssembledArticle } from '../api/article/services/assembled-article';
import { service } from '../services';

/**
 * The assembled-article cache: one store per process, filled by the controller (after Strapi's
 * permission check), read by the early middleware and the reader page, emptied by the
 * invalidation subscriber and, across instances, through Redis.
 */

export interface ArticleCacheConfig {
  enabled: boolean;
  maxEntries: number;
  maxMegabytes: number;
  ttlSeconds: number;
  cacheControl: string;
  channel: string;
}

export type ArticlePage = CachedPage<AssembledArticle>;

export interface ArticleCache {
  readonly config: ArticleCacheConfig;
  readonly store: PageStore<AssembledArticle>;
  readonly bus: InvalidationBus;
  /** The page, from the cache or assembled now; null when there is no such published article. */
  page(request: PageRequest, options: { anonymous: boolean }): Promise<{ page: ArticlePage; hit: boolean } | null>;
  invalidate(tags: string[] | typeof ALL): void;
  close(): Promise<void>;
}

const caches = new WeakMap<Core.Strapi, ArticleCache>();

export const articleCache = (strapi: Core.Strapi): ArticleCache => {
  const existing = caches.get(strapi);
  if (existing) return existing;

  const config = strapi.config.get('newsroom.articleCache') as ArticleCacheConfig;
  const store = new PageStore<AssembledArticle>({
    maxEntries: config.maxEntries,
    maxBytes: config.maxMegabytes * 1024 * 1024,
    ttlMs: config.ttlSeconds * 1000,
  });
  const redisUrl = strapi.config.get('newsroom.redisUrl') as string;
  const bus = config.enabled && redisUrl ? redisBus(strapi, store as PageStore, redisUrl, config.channel) : localBus();

  const assemble = async (request: PageRequest): Promise<ArticlePage | null> => {
    const begunAt = store.begin();
    const assembled = await service(strapi, 'api::article.assembled-article').assembleWithSources({
      slug: request.slug,
      locale: request.locale,
      commentsCursor: request.cursor,
    });
    if (!assembled) return null;
    const body = Buffer.from(JSON.stringify({ data: assembled.article }));
    const page = { body, data: assembled.article, etag: etagOf(body), tags: assembled.sources, public: false, expiresAt: 0 };
    if (config.enabled) store.set(pageKey(request), page, begunAt);
    return page;
  };

  const cache: ArticleCache = {
    config,
    store,
    bus,
    async page(request, { anonymous }) {
      const key = pageKey(request);
      let page = config.enabled ? store.get(key) : undefined;
      const hit = Boolean(page);
      // Switched off (ARTICLE_CACHE=false), every request assembles its own page.
      if (!page) page = (config.enabled ? await store.singleFlight(key, () => assemble(request)) : await assemble(request)) ?? undefined;
      if (!page) return null;
      // This request passed the permission check: anonymous readers may be answered early from now on.
      if (anonymous) {
        page.public = true;
        const stored = store.get(key);
        if (stored) stored.public = true;
      }
      return { page, hit };
    },
    invalidate(tags) {
      store.invalidate(tags);
      bus.publish(tags);
    },
    async close() {
      caches.delete(strapi);
      await bus.close();
    },
  };
  caches.set(strapi, cache);
  return cache;
};

/**
 * Starts listening for the writes that change pages, and answers warm pages from the HTTP
 * server's request event (early-answer.ts); called once at bootstrap.
 */
export const startArticleCache = (strapi: Core.Strapi): ArticleCache => {
  const cache = articleCache(strapi);
  subscribeInvalidation(strapi, (tags) => cache.invalidate(tags));
  if (cache.config.enabled) installEarlyAnswer(strapi.server.httpServer, cache);
  return cache;
};

export const closeArticleCache = async (strapi: Core.Strapi): Promise<void> => {
  await caches.get(strapi)?.close();
};
