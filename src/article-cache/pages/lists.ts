import { errors } from '@strapi/utils';
import type { PublicPage, ProducedPage } from '../public-page';
import { decodeCursor, encodeCursor } from '../../api/comment/services/thread';
import { readArticleListQuery, type ArticleListRequest, type ListPosition } from '../../api/article/list-query';
import { readFrontQuery, type FrontRequest } from '../../api/front/query';
import { readTreeQuery } from '../../api/section/query';
import { SECTIONS_TAG } from '../page-tags';
import { service } from '../../services';
import type { Teaser } from '../../api/article/assembly/teaser';
import type { SectionNode, SectionSummary } from '../../api/section/services/sections';
import type { FrontSummary } from '../../api/front/services/fronts';
import type { AuthorView } from '../../api/author/services/page';
import type { TagView } from '../../api/tag/services/page';

/**
 * The site's lists as cacheable public pages (public-page.ts), answered and dropped as the
 * assembled article is: the section tree, a section's articles, the fronts, an author's page and
 * a tag's list. Each carries the documents it shows and the lists it follows (page-tags.ts), so a
 * story published in Asia drops the Asia and World lists and fronts and the home front, and
 * nothing in Sport.
 */

/** One spelling per list position: any encoding of the same position is the same page. */
export const cursorOf = (after: ListPosition | undefined): string => (after ? encodeCursor({ createdAt: new Date(after.createdAt).toISOString(), id: after.id }) : '');

/** The page that follows, as the reader's request for it reads (its key is that request's). */
const nextOf = <R extends { after?: ListPosition }>(request: R, nextCursor: string | null): R[] =>
  nextCursor ? [{ ...request, after: decodeCursor(nextCursor) }] : [];

const json = <Data, Request>(data: Data, tags: string[], links: Request[]): ProducedPage<Data, Request> => ({
  body: Buffer.from(JSON.stringify(data)),
  contentType: 'application/json; charset=utf-8',
  tags: [...new Set(tags)],
  data,
  links,
});

const listKey = ({ slug, locale, after, pageSize }: ArticleListRequest) => `${slug}|${locale ?? ''}|${cursorOf(after)}|${pageSize}`;

export interface Envelope<Data, Meta> {
  data: Data;
  meta: Meta;
}

// ---------------------------------------------------------------------------------------------
// GET /api/sections

export interface TreeRequest {
  locale?: string;
}

export const sectionTreePage: PublicPage<TreeRequest, Envelope<SectionNode[], Record<string, never>>> = {
  name: 'section-tree',
  path: '/sections',
  parse: (_params, query) => readTreeQuery(query),
  key: ({ locale }) => locale ?? '',
  isEntry: () => true,
  async produce(strapi, request) {
    const tree = await service(strapi, 'api::section.sections').tree(request.locale);
    return json({ data: tree, meta: {} }, [SECTIONS_TAG], []);
  },
  notFound: () => new errors.NotFoundError('No sections.'),
};

// ---------------------------------------------------------------------------------------------
// GET /api/sections/:slug/articles

export type SectionArticles = Envelope<Teaser[], { section: SectionSummary; nextCursor: string | null }>;

export const sectionArticlesPage: PublicPage<ArticleListRequest, SectionArticles> = {
  name: 'section-articles',
  path: '/sections/:slug/articles',
  parse: (params, query) => readArticleListQuery('section', params.slug ?? '', query),
  key: listKey,
  isEntry: (request) => request.after === undefined,
  async produce(strapi, request) {
    const { section, items, nextCursor, sources } = await service(strapi, 'api::section.sections').articles(request);
    return json({ data: items, meta: { section, nextCursor } }, sources, nextOf(request, nextCursor));
  },
  notFound: ({ slug }) => new errors.NotFoundError(`No section "${slug}".`),
};

// ---------------------------------------------------------------------------------------------
// GET /api/fronts/home, /api/fronts/:sectionSlug

export type FrontAnswer = Envelope<{ picks: Teaser[]; latest: Teaser[] }, { front: FrontSummary; nextCursor: string | null }>;

export const frontPage: PublicPage<FrontRequest, FrontAnswer> = {
  name: 'front',
  path: '/fronts/:address',
  parse: (params, query) => readFrontQuery(params.address ?? '', query),
  key: ({ slug, locale, after, pageSize }) => `${slug ?? ''}|${locale ?? ''}|${cursorOf(after)}|${pageSize ?? ''}`,
  isEntry: (request) => request.after === undefined,
  async produce(strapi, request) {
    const { front, picks, latest, nextCursor, sources } = await service(strapi, 'api::front.fronts').page(request);
    return json({ data: { picks, latest }, meta: { front, nextCursor } }, sources, nextOf(request, nextCursor));
  },
  notFound: ({ slug }) => new errors.NotFoundError(slug ? `No section "${slug}".` : 'No home front.'),
};

// ---------------------------------------------------------------------------------------------
// GET /api/authors/:slug (the author and their articles) and /api/authors/:slug/articles

export type AuthorArticles = Envelope<Teaser[], { author: AuthorView; nextCursor: string | null }>;
export type AuthorProfile = Envelope<AuthorView & { articles: Teaser[] }, { nextCursor: string | null }>;

const authorNotFound = ({ slug }: ArticleListRequest) => new errors.NotFoundError(`No author "${slug}".`);

export const authorArticlesPage: PublicPage<ArticleListRequest, AuthorArticles> = {
  name: 'author-articles',
  path: '/authors/:slug/articles',
  parse: (params, query) => readArticleListQuery('author', params.slug ?? '', query),
  key: listKey,
  isEntry: (request) => request.after === undefined,
  async produce(strapi, request) {
    const { author, items, nextCursor, sources } = await service(strapi, 'api::author.page').articles(request);
    return json({ data: items, meta: { author, nextCursor } }, sources, nextOf(request, nextCursor));
  },
  notFound: authorNotFound,
};

export const authorPage: PublicPage<ArticleListRequest, AuthorProfile> = {
  name: 'author',
  path: '/authors/:slug',
  parse: (params, query) => readArticleListQuery('author', params.slug ?? '', query),
  key: listKey,
  isEntry: (request) => request.after === undefined,
  async produce(strapi, request) {
    const { author, items, nextCursor, sources } = await service(strapi, 'api::author.page').articles(request);
    return json({ data: { ...author, articles: items }, meta: { nextCursor } }, sources, nextOf(request, nextCursor));
  },
  notFound: authorNotFound,
};

// ---------------------------------------------------------------------------------------------
// GET /api/tags/:slug/articles

export type TagArticles = Envelope<Teaser[], { tag: TagView; nextCursor: string | null }>;

export const tagArticlesPage: PublicPage<ArticleListRequest, TagArticles> = {
  name: 'tag-articles',
  path: '/tags/:slug/articles',
  parse: (params, query) => readArticleListQuery('tag', params.slug ?? '', query),
  key: listKey,
  isEntry: (request) => request.after === undefined,
  async produce(strapi, request) {
    const { tag, items, nextCursor, sources } = await service(strapi, 'api::tag.page').articles(request);
    return json({ data: items, meta: { tag, nextCursor } }, sources, nextOf(request, nextCursor));
  },
  notFound: ({ slug }) => new errors.NotFoundError(`No tag "${slug}".`),
};
