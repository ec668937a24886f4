import type { Core } from '@strapi/strapi';
import { installEarlyAnswer } from './answer';
import { articleCache, type ArticleCache } from './cache';
import { subscribeInvalidation } from './invalidation';
import { forgetRemembered } from './remembered';
import { ALL } from './store';

/**
 * The public-page cache (the assembled article today; fronts and feeds declare themselves in
 * pages/): cache.ts keeps pages, answer.ts answers them, invalidation.ts and bus.ts drop them.
 */
export { articleCache, closeArticleCache, type ArticleCache } from './cache';
export { answerPage } from './answer';
export { remember, type Remembered } from './remembered';

/**
 * Starts listening for the writes that change pages, and answers warm pages from the HTTP
 * server's request event; called once at bootstrap.
 */
export const startArticleCache = (strapi: Core.Strapi): ArticleCache => {
  const cache = articleCache(strapi);
  subscribeInvalidation(strapi, (tags) => {
    if (tags === ALL) forgetRemembered(strapi);
    cache.invalidate(tags);
  });
  const prefix = (strapi.config.get('api.rest.prefix') as string) || '/api';
  if (cache.config.enabled) installEarlyAnswer(strapi.server.httpServer, cache, prefix);
  return cache;
};
