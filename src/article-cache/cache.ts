import type { Core } from '@strapi/strapi';
import { localBus, redisBus, type InvalidationBus } from './bus';
import { etagOf } from './http';
import type { PublicPage } from './public-page';
import { ALL, PageStore, type CachedPage } from './store';

/**
 * The public-page cache: one store per process, filled through `page` (by the controllers, after
 * Strapi's permission check, and by the reader page), read early by answer.ts, emptied by the
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

export interface ArticleCache {
  readonly config: ArticleCacheConfig;
  readonly store: PageStore;
  readonly bus: InvalidationBus;
  /** The store's key of a page's request. */
  keyOf<Request>(page: PublicPage<Request, unknown>, request: Request): string;
  /** The page, from the cache or produced now; null when there is no such page. */
  page<Request, Data>(
    page: PublicPage<Request, Data>,
    request: Request,
    options: { anonymous: boolean }
  ): Promise<{ page: CachedPage<Data>; hit: boolean } | null>;
  invalidate(tags: string[] | typeof ALL): void;
  close(): Promise<void>;
}

const caches = new WeakMap<Core.Strapi, ArticleCache>();

export const articleCache = (strapi: Core.Strapi): ArticleCache => {
  const existing = caches.get(strapi);
  if (existing) return existing;

  const config = strapi.config.get('newsroom.articleCache') as ArticleCacheConfig;
  const store = new PageStore({
    maxEntries: config.maxEntries,
    maxBytes: config.maxMegabytes * 1024 * 1024,
    ttlMs: config.ttlSeconds * 1000,
  });
  const redisUrl = strapi.config.get('newsroom.redisUrl') as string;
  const bus = config.enabled && redisUrl ? redisBus(strapi, store, redisUrl, config.channel) : localBus();

  const keyOf = <Request>(page: PublicPage<Request, unknown>, request: Request): string => `${page.name}:${page.key(request)}`;

  const produce = async <Request, Data>(page: PublicPage<Request, Data>, request: Request, key: string): Promise<CachedPage<Data> | null> => {
    const begunAt = store.begin();
    const produced = await page.produce(strapi, request);
    if (!produced) return null;
    const { links, ...made } = produced;
    const cached: CachedPage<Data> = { ...made, etag: etagOf(made.body), public: false, expiresAt: 0 };
    // Kept only if first, or linked to by a kept page: made-up cursors are answered, not kept.
    if (config.enabled && (page.isEntry(request) || store.isLinked(key)) && store.set(key, cached, begunAt)) {
      store.link(links.map((link) => keyOf(page, link)));
    }
    return cached;
  };

  const cache: ArticleCache = {
    config,
    store,
    bus,
    keyOf,
    async page<Request, Data>(page: PublicPage<Request, Data>, request: Request, { anonymous }: { anonymous: boolean }) {
      const key = keyOf(page, request);
      // Keys begin with the page's name: what is stored under one is that page's Data.
      let found = (config.enabled ? store.get(key) : undefined) as CachedPage<Data> | undefined;
      const hit = Boolean(found);
      // Switched off (ARTICLE_CACHE=false), every request produces its own page.
      if (!found) {
        const made = config.enabled ? await store.singleFlight(key, () => produce(page, request, key)) : await produce(page, request, key);
        found = (made ?? undefined) as CachedPage<Data> | undefined;
      }
      if (!found) return null;
      // This request passed the permission check: anonymous readers may be answered early from now on.
      if (anonymous) {
        found.public = true;
        const stored = store.get(key);
        if (stored) stored.public = true;
      }
      return { page: found, hit };
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

/** Closes the cache of this app if it was started (its Redis connections). */
export const closeArticleCache = async (strapi: Core.Strapi): Promise<void> => {
  await caches.get(strapi)?.close();
};
