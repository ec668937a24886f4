import { errors } from '@strapi/utils';
import { isSlug } from '../../validation/identifiers';
import { DEFAULT_PAGE_SIZE, readCursor, readLocale, readPageSize, type ListPosition } from '../../validation/list-query';
import { readQueryOnce } from '../../validation/query';

/**
 * The one reading of every public article list's query (a section front, an author's page, a
 * tag's list), as strict as the assembled article's: each parameter once as text, the locale in
 * any case, an empty value the default. Its parts (locale, page size, cursor) are
 * validation/list-query.ts's, which the fronts read too.
 */

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, readLocale, type ListPosition } from '../../validation/list-query';

export interface ArticleListRequest {
  /** The slug of what the list is of (a section, an author, a tag). */
  slug: string;
  /** Canonical case; absent for the default locale. */
  locale?: string;
  /** The position after which the page starts (a decoded keyset cursor); absent for the first page. */
  after?: ListPosition;
  pageSize: number;
}

/** `of` names what the slug is of, for the 404's message ("No tag "x"."). */
export const readArticleListQuery = (of: string, slug: string, query: URLSearchParams): ArticleListRequest => {
  const given = readQueryOnce(query, ['locale', 'cursor', 'pageSize'] as const);
  if (!isSlug(slug)) throw new errors.NotFoundError(`No ${of} "${slug}".`);
  const request: ArticleListRequest = { slug, locale: readLocale(given.locale), pageSize: readPageSize(given.pageSize) ?? DEFAULT_PAGE_SIZE };
  // The same opaque codec as comment pages: a position in time (here the first publication) and id.
  const after = readCursor(given.cursor);
  if (after) request.after = after;
  return request;
};
