import { errors } from '@strapi/utils';
import { decodeCursor } from '../comment/services/thread';
import { fieldError } from '../../validation/field-error';
import { canonicalLocale, isLocaleCode, isSlug } from '../../validation/identifiers';
import { readQueryOnce } from '../../validation/query';

/**
 * The one reading of every public article list's query (a section front, an author's page, a
 * tag's list), as strict as the assembled article's: each parameter once as text, the locale in
 * any case, an empty value the default.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;
const MAX_CURSOR = 200;

/** A position in a list: the first publication of the last item shown, and its row id. */
export interface ListPosition {
  createdAt: string;
  id: number;
}

export interface ArticleListRequest {
  /** The slug of what the list is of (a section, an author, a tag). */
  slug: string;
  /** Canonical case; absent for the default locale. */
  locale?: string;
  /** The position after which the page starts (a decoded keyset cursor); absent for the first page. */
  after?: ListPosition;
  pageSize: number;
}

/** A locale code in canonical case, or a 404: no list can be in a locale of that shape. */
export const readLocale = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  const code = canonicalLocale(value);
  if (!isLocaleCode(code)) throw new errors.NotFoundError(`No locale "${value}".`);
  return code;
};

/** `of` names what the slug is of, for the 404's message ("No tag "x"."). */
export const readArticleListQuery = (of: string, slug: string, query: URLSearchParams): ArticleListRequest => {
  const given = readQueryOnce(query, ['locale', 'cursor', 'pageSize'] as const);
  if (!isSlug(slug)) throw new errors.NotFoundError(`No ${of} "${slug}".`);
  const request: ArticleListRequest = { slug, locale: readLocale(given.locale), pageSize: DEFAULT_PAGE_SIZE };
  if (given.pageSize) {
    const size = /^\d{1,3}$/.test(given.pageSize) ? Number(given.pageSize) : NaN;
    if (!(size >= 1 && size <= MAX_PAGE_SIZE)) {
      throw fieldError('pageSize', `The pageSize parameter must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
    }
    request.pageSize = size;
  }
  if (given.cursor) {
    if (given.cursor.length > MAX_CURSOR) throw fieldError('cursor', 'The cursor is not valid.');
    // The same opaque codec as comment pages: a position in time (here the first publication) and id.
    request.after = decodeCursor(given.cursor);
  }
  return request;
};
