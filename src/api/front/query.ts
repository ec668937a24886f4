import { errors } from '@strapi/utils';
import { isSlug } from '../../validation/identifiers';
import { readCursor, readLocale, readPageSize, type ListPosition } from '../../validation/list-query';
import { readQueryOnce } from '../../validation/query';

/** The fronts' queries, read as every public list's (src/validation/list-query.ts). */

export interface FrontRequest {
  /** The section's slug; null for the home front. */
  slug: string | null;
  /** Canonical case; absent for the default locale. */
  locale?: string;
  /** Where the automatic part resumes (a decoded keyset cursor); absent for the first page. */
  after?: ListPosition;
  /** Absent: the front's own `fill`. */
  pageSize?: number;
}

/** `home` is the home front: no section may take that address as its own front's. */
export const readFrontQuery = (address: string, query: URLSearchParams): FrontRequest => {
  const given = readQueryOnce(query, ['locale', 'cursor', 'pageSize'] as const);
  if (address !== 'home' && !isSlug(address)) throw new errors.NotFoundError(`No section "${address}".`);
  const request: FrontRequest = { slug: address === 'home' ? null : address, locale: readLocale(given.locale) };
  const pageSize = readPageSize(given.pageSize);
  if (pageSize !== undefined) request.pageSize = pageSize;
  const after = readCursor(given.cursor);
  if (after) request.after = after;
  return request;
};
