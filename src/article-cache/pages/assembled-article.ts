import { errors } from '@strapi/utils';
import type { PublicPage } from '../public-page';
import type { AssembledArticle } from '../../api/article/services/assembled-article';
import { decodeCursor, encodeCursor } from '../../api/comment/services/thread';
import { fieldError } from '../../validation/field-error';
import { canonicalLocale, isLocaleCode, isSlug } from '../../validation/identifiers';
import { readQueryOnce } from '../../validation/query';
import { service } from '../../services';
import { reactionsTag } from '../page-tags';

/**
 * GET /api/articles/:slug/assembled[?locale=&cursor=]: one published article in reading order
 * (docs/contracts/assembled-article.schema.json), as a cacheable public page.
 */

export interface ArticleRequest {
  slug: string;
  /** Canonical case (`fa-AF`); absent for the default locale. */
  locale?: string;
  /** Canonical spelling of a comment position; absent for the first page. */
  cursor?: string;
}

// Other parameters (cache-busters, tracking tags) are ignored, as on any public page.
const KNOWN_QUERY = ['locale', 'cursor'] as const;
const MAX_CURSOR = 200;

const notFound = ({ slug, locale }: { slug: string; locale?: string }): Error =>
  new errors.NotFoundError(locale ? `No published article "${slug}" in locale "${locale}".` : `No published article "${slug}".`);

/**
 * The article an address names, for the API and the reader page alike: the slug and locale in
 * canonical form, or a 404 when no article could have that address. An empty locale is the
 * default one.
 */
export const readArticleAddress = (slug: string, locale?: string): ArticleRequest => {
  const code = locale ? canonicalLocale(locale) : undefined;
  if (!isSlug(slug) || (code !== undefined && !isLocaleCode(code))) throw notFound({ slug, locale });
  return code ? { slug, locale: code } : { slug };
};

/** One spelling per comment position: any encoding of the same position is the same page. */
const canonicalCursor = (value: string): string => {
  const { createdAt, id } = decodeCursor(value);
  return encodeCursor({ createdAt: new Date(createdAt).toISOString(), id });
};

export const assembledArticlePage: PublicPage<ArticleRequest, AssembledArticle> = {
  name: 'assembled-article',
  path: '/articles/:slug/assembled',

  parse(params, query) {
    const given = readQueryOnce(query, KNOWN_QUERY);
    const request = readArticleAddress(params.slug ?? '', given.locale);
    if (given.cursor) {
      if (given.cursor.length > MAX_CURSOR) throw fieldError('cursor', 'The cursor is not valid.');
      request.cursor = canonicalCursor(given.cursor);
    }
    return request;
  },

  key: ({ slug, locale, cursor }) => `${slug}|${locale ?? ''}|${cursor ?? ''}`,

  isEntry: (request) => request.cursor === undefined,

  async produce(strapi, request) {
    const assembled = await service(strapi, 'api::article.assembled-article').assembleWithSources({
      slug: request.slug,
      locale: request.locale,
      commentsCursor: request.cursor,
    });
    if (!assembled) return null;
    const { article, sources } = assembled;
    const next = article.comments.nextCursor;
    return {
      body: Buffer.from(JSON.stringify({ data: article })),
      contentType: 'application/json; charset=utf-8',
      tags: [...sources, reactionsTag(article.documentId)],
      data: article,
      links: next ? [{ ...request, cursor: canonicalCursor(next) }] : [],
    };
  },

  notFound,

  // An old slug of an article (an editor changed it after publication): its current address.
  async moved(strapi, request) {
    const slug = await service(strapi, 'api::article.redirects').movedTo(request.slug, request.locale);
    return slug ? `/articles/${slug}/assembled` : null;
  },
};
