import { fieldError } from '../../../validation/field-error';
import { isLocaleCode, isSlug } from '../../../validation/identifiers';

/** What GET /api/articles/:slug/assembled accepts, checked before anything is read. */

// Other parameters (cache-busters, tracking tags) are ignored, as on any public page.
const KNOWN_QUERY = ['locale', 'cursor'];

export interface AssembledQuery {
  slug: string;
  locale?: string;
  cursor?: string;
  /** True when the slug or locale cannot name any article: answer 404 without a query. */
  impossible: boolean;
}

export const parseAssembledQuery = (params: Record<string, unknown>, query: Record<string, unknown>): AssembledQuery => {
  for (const key of KNOWN_QUERY) {
    if (query[key] !== undefined && typeof query[key] !== 'string') {
      throw fieldError(key, `The ${key} parameter must be given once, as text.`);
    }
  }
  const slug = String(params.slug ?? '');
  const locale = query.locale as string | undefined;
  const cursor = (query.cursor as string | undefined) || undefined;
  if (cursor !== undefined && cursor.length > 200) throw fieldError('cursor', 'The cursor is not valid.');
  const impossible = !isSlug(slug) || (locale !== undefined && !isLocaleCode(locale));
  return { slug, locale: locale || undefined, cursor, impossible };
};
