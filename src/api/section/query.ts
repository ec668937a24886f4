import { readLocale, type ArticleListRequest } from '../article/list-query';
import { readQueryOnce } from '../../validation/query';

/** The section routes' queries: the tree's locale; a section's list is read as every article list (article/list-query.ts). */

export type SectionArticlesRequest = ArticleListRequest;

export const readTreeQuery = (query: URLSearchParams): { locale?: string } => ({
  locale: readLocale(readQueryOnce(query, ['locale'] as const).locale),
});
