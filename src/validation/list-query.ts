import { errors } from '@strapi/utils';
import { decodeCursor } from '../api/comment/services/thread';
import { fieldError } from './field-error';
import { canonicalLocale, isLocaleCode } from './identifiers';

/**
 * The parameters every public list shares (a section's articles, a front): the locale, a page
 * size, a keyset cursor. Read once here so every list answers the same 404s and 400s.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;
const MAX_CURSOR = 200;

/** A position in a newest-first list: first publication, then row id (the comment pages' codec). */
export type ListPosition = { createdAt: string; id: number };

/** A locale code in canonical case, or a 404: no list can be in a locale of that shape. */
export const readLocale = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  const code = canonicalLocale(value);
  if (!isLocaleCode(code)) throw new errors.NotFoundError(`No locale "${value}".`);
  return code;
};

/** A page size from 1 to MAX_PAGE_SIZE, or undefined when none was given (each list has its default). */
export const readPageSize = (value: string | undefined): number | undefined => {
  if (!value) return undefined;
  const size = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(size >= 1 && size <= MAX_PAGE_SIZE)) {
    throw fieldError('pageSize', `The pageSize parameter must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return size;
};

/** The decoded position after which a page starts, or undefined for the first page. */
export const readCursor = (value: string | undefined): ListPosition | undefined => {
  if (!value) return undefined;
  if (value.length > MAX_CURSOR) throw fieldError('cursor', 'The cursor is not valid.');
  return decodeCursor(value);
};
