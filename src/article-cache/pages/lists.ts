import type { Core } from '@strapi/strapi';
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
// The article lists: GET /api/sections/:slug/articles, /api/authors/:slug[/articles], /api/tags/:slug/articles

/** What a list's service answers: its teasers, what they are of, the next page, the tags. */
interface ListOf<Of> {
  of: Of;
  items: Teaser[];
  nextCursor: string | null;
  sources: string[];
}

/** An article list read as every list (src/api/article/list-query.ts), its body shaped by `answer`. */
const articleListPage = <Of, Data>(page: {
  name: string;
  path: string;
  /** What the slug names, for the 404's message ("No tag "x"."). */
  of: 'section' | 'author' | 'tag';
  read: (strapi: Core.Strapi, request: ArticleListRequest) => Promise<ListOf<Of>>;
  answer: (list: ListOf<Of>) => Data;
}): PublicPage<ArticleListRequest, Data> => ({
  name: page.name,
  path: page.path,
  parse: (params, query) => readArticleListQuery(page.of, params.slug ?? '', query),
  key: listKey,
  isEntry: (request) => request.after === undefined,
  async produce(strapi, request) {
    const list = await page.read(strapi, request);
    return json(page.answer(list), list.sources, nextOf(request, list.nextCursor));
  },
  notFound: ({ slug }) => new errors.NotFoundError(`No ${page.of} "${slug}".`),
});

export type SectionArticles = Envelope<Teaser[], { section: SectionSummary; nextCursor: string | null }>;
export type AuthorArticles = Envelope<Teaser[], { author: AuthorView; nextCursor: string | null }>;
export type AuthorProfile = Envelope<AuthorView & { articles: Teaser[] }, { nextCursor: string | null }>;
export type TagArticles = Envelope<Teaser[], { tag: TagView; nextCursor: string | null }>;

const sectionList = async (strapi: Core.Strapi, request: ArticleListRequest): Promise<ListOf<SectionSummary>> => {
  const { section, ...list } = await service(strapi, 'api::section.sections').articles(request);
  return { of: section, ...list };
};
const authorList = async (strapi: Core.Strapi, request: ArticleListRequest): Promise<ListOf<AuthorView>> => {
  const { author, ...list } = await service(strapi, 'api::author.page').articles(request);
  return { of: author, ...list };
};
const tagList = async (strapi: Core.Strapi, request: ArticleListRequest): Promise<ListOf<TagView>> => {
  const { tag, ...list } = await service(strapi, 'api::tag.page').articles(request);
  return { of: tag, ...list };
};

export const sectionArticlesPage = articleListPage<SectionSummary, SectionArticles>({
  name: 'section-articles',
  path: '/sections/:slug/articles',
  of: 'section',
  read: sectionList,
  answer: ({ of, items, nextCursor }) => ({ data: items, meta: { section: of, nextCursor } }),
});

/** The author page: who they are and their articles, in one body. */
export const authorPage = articleListPage<AuthorView, AuthorProfile>({
  name: 'author',
  path: '/authors/:slug',
  of: 'author',
  read: authorList,
  answer: ({ of, items, nextCursor }) => ({ data: { ...of, articles: items }, meta: { nextCursor } }),
});

/** The same list in the shape of every other list. */
export const authorArticlesPage = articleListPage<AuthorView, AuthorArticles>({
  name: 'author-articles',
  path: '/authors/:slug/articles',
  of: 'author',
  read: authorList,
  answer: ({ of, items, nextCursor }) => ({ data: items, meta: { author: of, nextCursor } }),
});

export const tagArticlesPage = articleListPage<TagView, TagArticles>({
  name: 'tag-articles',
  path: '/tags/:slug/articles',
  of: 'tag',
  read: tagList,
  answer: ({ of, items, nextCursor }) => ({ data: items, meta: { tag: of, nextCursor } }),
});

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
