import type { AnyPublicPage } from '../public-page';
import { assembledArticlePage } from './assembled-article';
import { authorArticlesPage, authorPage, frontPage, sectionArticlesPage, sectionTreePage, tagArticlesPage } from './lists';

/**
 * The cacheable public pages: each is answered from the cache by its controller and, once warm,
 * by the early answer. A new one (a feed) is declared like assembled-article.ts or lists.ts and
 * listed here; its controller calls `answerPage(strapi, ctx, page)`.
 */
export const PUBLIC_PAGES: readonly AnyPublicPage[] = [
  assembledArticlePage,
  sectionTreePage,
  sectionArticlesPage,
  frontPage,
  authorArticlesPage,
  authorPage,
  tagArticlesPage,
] as readonly AnyPublicPage[];
