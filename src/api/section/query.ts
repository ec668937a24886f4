import { readArticleListQuery, readLocale, type ArticleListRequest } from '../article/list-query';
import { readQueryOnce } from '../../validation/query';

/** The section routes' queries: the tree's locale, and a front read as every article list is. */

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../article/list-query';

export type SectionArticlesRequest = ArticleListRequest;

export const readTreeQuery = (query: URLSearchParams): { locale?: string } => ({
  locale: readLocale(readQueryOnce(query, ['locale'] as const).locale),
});

export const readSectionArticlesQuery = (slug: string, query: URLSearchParams): SectionArticlesRequest =>
  readArticleListQuery('section', slug, query);
