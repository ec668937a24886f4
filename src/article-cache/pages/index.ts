import type { AnyPublicPage } from '../public-page';
import { assembledArticlePage } from './assembled-article';

/**
 * The cacheable public pages: each is answered from the cache by its controller and, once warm,
 * by the early answer. A new one (a section front, a feed) is declared like assembled-article.ts
 * and listed here; its controller calls `answerPage(strapi, ctx, page)`.
 */
export const PUBLIC_PAGES: readonly AnyPublicPage[] = [assembledArticlePage];
