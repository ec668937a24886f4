import { errors } from '@strapi/utils';
import { isSlug } from '../../validation/identifiers';
import { DEFAULT_PAGE_SIZE, readCursor, readLocale, readPageSize, type ListPosition } from '../../validation/list-query';
import { readQueryOnce } from '../../validation/query';

/**
 * The one reading of the section routes' queries, as strict as the assembled article's: each
 * parameter once as text, the locale in any case, an empty value the default.
 */

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../validation/list-query';

export interface SectionArticlesRequest {
  slug: string;
  /** Canonical case; absent for the default locale. */
  locale?: string;
  /** The position after which the page starts (a decoded keyset cursor); absent for the first page. */
  after?: ListPosition;
  pageSize: number;
}

export const readTreeQuery = (query: URLSearchParams): { locale?: string } => ({
  locale: readLocale(readQueryOnce(query, ['locale'] as const).locale),
});

export const readSectionArticlesQuery = (slug: string, query: URLSearchParams): SectionArticlesRequest => {
  const given = readQueryOnce(query, ['locale', 'cursor', 'pageSize'] as const);
  if (!isSlug(slug)) throw new errors.NotFoundError(`No section "${slug}".`);
  // The cursor is the same opaque codec as comment pages: a position in time (here the first publication) and id.
  const request: SectionArticlesRequest = {
    slug,
    locale: readLocale(given.locale),
    pageSize: readPageSize(given.pageSize) ?? DEFAULT_PAGE_SIZE,
  };
  const after = readCursor(given.cursor);
  if (after) request.after = after;
  return request;
};
