import { fieldError } from '../../../validation/field-error';
import { isLocaleCode } from '../../../validation/identifiers';

/** The shape of reader write bodies: `{ data: { ... } }`. Unlisted fields are ignored, never stored. */
export const readData = (body: unknown): Record<string, unknown> => {
  const data = (body as { data?: unknown } | null | undefined)?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw fieldError('data', 'Send the fields inside "data": { "data": { ... } }.', 'Missing "data" object.');
  }
  return data as Record<string, unknown>;
};

export const readLocale = (query: Record<string, unknown>): string | undefined => {
  const locale = query.locale;
  if (locale === undefined || locale === '') return undefined;
  if (typeof locale !== 'string' || !isLocaleCode(locale)) {
    throw fieldError('locale', 'The locale parameter must be a locale code such as en or fa-AF.', 'Invalid locale.');
  }
  return locale;
};

export const readLimit = (value: unknown, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const limit = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw fieldError('limit', 'The limit parameter must be a whole number from 1 to 100.', 'Invalid limit.');
  }
  return limit;
};

/** The hidden honeypot field of the comment form: a person never fills it in. */
export const HONEYPOT_FIELD = 'website';
