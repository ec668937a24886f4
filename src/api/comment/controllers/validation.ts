import { fieldError } from '../../../validation/field-error';
import { canonicalLocale, isLocaleCode } from '../../../validation/identifiers';

const BODY_MESSAGES = {
  missingData: 'Send the fields inside "data": { "data": { ... } }.',
  unknownKey: (key: string, allowed: readonly string[]) =>
    `Unknown field "${key}": send only ${allowed.length ? allowed.map((k) => `"${k}"`).join(', ') : 'no fields'}.`,
};

const refuseUnknown = (object: object, allowed: readonly string[], at: string[] = []): void => {
  const unknown = Object.keys(object).find((key) => !allowed.includes(key));
  if (unknown !== undefined) {
    throw fieldError([...at, unknown].join('.'), BODY_MESSAGES.unknownKey(unknown, allowed), `Unknown field "${unknown}".`);
  }
};

/**
 * The shape of write bodies: `{ data: { ... } }` with the fields the route declares. Any other
 * key, inside or beside "data", is refused with a 400 naming it: a field the API does not take
 * (moderationStatus, voterKey) must not look accepted.
 */
export const readData = (body: unknown, allowed: readonly string[], options: { optional?: boolean } = {}): Record<string, unknown> => {
  const envelope = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const data = envelope.data;
  if (data === undefined && options.optional && Object.keys(envelope).length === 0) return {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw fieldError('data', BODY_MESSAGES.missingData, 'Missing "data" object.');
  }
  refuseUnknown(envelope, ['data']);
  refuseUnknown(data, allowed);
  return data as Record<string, unknown>;
};

export const readLocale = (query: Record<string, unknown>): string | undefined => {
  const locale = query.locale;
  if (locale === undefined || locale === '') return undefined;
  if (typeof locale !== 'string' || !isLocaleCode(locale)) {
    throw fieldError('locale', 'The locale parameter must be a locale code such as en or fa-AF.', 'Invalid locale.');
  }
  // One spelling per locale, as the assembled article reads it: ?locale=FA-af is fa-AF everywhere.
  return canonicalLocale(locale);
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

/** What a reader's comment may carry. */
export const COMMENT_FIELDS = ['authorName', 'authorEmail', 'body', 'parent', HONEYPOT_FIELD] as const;
