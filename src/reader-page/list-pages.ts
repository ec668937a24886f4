import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { articleCache } from '../article-cache';
import { authorPage, cursorOf, frontPage, tagArticlesPage } from '../article-cache/pages/lists';
import type { PublicPage } from '../article-cache/public-page';
import type { ListPosition } from '../validation/list-query';
import { authorPath, homePath, sectionPath, tagPath } from './address';
import { renderAuthorPage, renderFrontPage, renderTagPage, type Paging } from './render/lists';
import { wordsFor } from './messages';
import { renderNotFoundPage } from './render/page';
import type { PageLocale, ReaderSite } from './site';
import type { SectionNode } from '../api/section/services/sections';

/**
 * The reader pages around the article: `/` (the home front), `/sections/:slug`, `/authors/:slug`,
 * `/tags/:slug`, each also under `/:locale/`. Each reads the cached API page the API itself
 * answers (article-cache/pages/lists.ts), through that page's own parser: the reader page and the
 * API answer the same requests, and the same 404s and 400s (as HTML here).
 */

export type ListPageHandler = (ctx: Context, locale: PageLocale) => Promise<string>;

/** The API's query for a reader page's: the reader's cursor and page size, the locale from the address. */
const apiQuery = (ctx: Context, locale: PageLocale): URLSearchParams => {
  const query = new URLSearchParams(ctx.querystring);
  // The locale is the address's: ?locale= on a reader page is not a second way to ask for one.
  for (const key of [...query.keys()]) if (key === 'locale' || key.startsWith('locale[')) query.delete(key);
  if (locale.pathLocale) query.set('locale', locale.pathLocale);
  return query;
};

/** Where this page is and where the next starts; the page size kept only when the reader chose one. */
const pagingOf = (ctx: Context, path: string, request: { after?: ListPosition; pageSize?: number }, nextCursor: string | null): Paging => ({
  path,
  cursor: request.after ? cursorOf(request.after) : undefined,
  pageSize: new URLSearchParams(ctx.querystring).get('pageSize') ? request.pageSize : undefined,
  nextCursor,
});

const findSection = (nodes: SectionNode[], slug: string): SectionNode | null => {
  for (const node of nodes) {
    if (node.slug === slug) return node;
    const below = findSection(node.children, slug);
    if (below) return below;
  }
  return null;
};

export const listPages = (strapi: Core.Strapi, readerSite: ReaderSite) => {
  /** A cached API page as the API would answer it: its request, read by its parser, and its data; a 404 when there is none. */
  const read = async <Request, Data>(page: PublicPage<Request, Data>, params: Record<string, string>, query: URLSearchParams) => {
    const request = page.parse(params, query);
    const found = await articleCache(strapi).page(page, request, { anonymous: false });
    if (!found) throw page.notFound(request);
    return { request, data: found.page.data };
  };

  const home: ListPageHandler = async (ctx, locale) => {
    const [{ request, data }, { site }] = await Promise.all([read(frontPage, { address: 'home' }, apiQuery(ctx, locale)), readerSite.context(ctx, locale)]);
    return renderFrontPage(site, {
      picks: data.data.picks,
      latest: data.data.latest,
      section: null,
      paging: pagingOf(ctx, homePath(locale.pathLocale), request, data.meta.nextCursor),
    });
  };

  const section: ListPageHandler = async (ctx, locale) => {
    const slug = String(ctx.params.slug ?? '');
    const [{ request, data }, { site, tree }] = await Promise.all([read(frontPage, { address: slug }, apiQuery(ctx, locale)), readerSite.context(ctx, locale)]);
    // `home` is the home front's address in the API, no section's.
    if (request.slug === null) throw new errors.NotFoundError(`No section "${slug}".`);
    const named = data.meta.front.section ?? { name: slug, slug };
    return renderFrontPage(site, {
      picks: data.data.picks,
      latest: data.data.latest,
      section: findSection(tree, request.slug) ?? { ...named, description: null, order: 0, children: [] },
      paging: pagingOf(ctx, sectionPath(request.slug, locale.pathLocale), request, data.meta.nextCursor),
    });
  };

  const author: ListPageHandler = async (ctx, locale) => {
    const [{ request, data }, { site }] = await Promise.all([
      read(authorPage, { slug: String(ctx.params.slug ?? '') }, apiQuery(ctx, locale)),
      readerSite.context(ctx, locale),
    ]);
    const { articles, ...profile } = data.data;
    return renderAuthorPage(site, profile, articles, pagingOf(ctx, authorPath(request.slug, locale.pathLocale), request, data.meta.nextCursor));
  };

  const tag: ListPageHandler = async (ctx, locale) => {
    const [{ request, data }, { site }] = await Promise.all([
      read(tagArticlesPage, { slug: String(ctx.params.slug ?? '') }, apiQuery(ctx, locale)),
      readerSite.context(ctx, locale),
    ]);
    return renderTagPage(site, data.meta.tag, data.data, pagingOf(ctx, tagPath(request.slug, locale.pathLocale), request, data.meta.nextCursor));
  };

  return { home, section, author, tag };
};

/**
 * A reader page's answer: the page, or the API's refusal as a page of its own (404 for an
 * unknown section, author, tag or locale; 400 for a malformed cursor or page size), in the
 * page's language. Anything else is a fault, left to Strapi's error handling.
 */
export const answerListPage = async (ctx: Context, locale: PageLocale, render: () => Promise<string>): Promise<void> => {
  ctx.type = 'text/html; charset=utf-8';
  try {
    ctx.body = await render();
    ctx.status = 200;
  } catch (error) {
    const { m } = wordsFor(locale.lang);
    if (error instanceof errors.NotFoundError) {
      ctx.status = 404;
      ctx.body = renderNotFoundPage(m.noPageHere, m.notFound, locale.lang);
    } else if (error instanceof errors.ValidationError) {
      ctx.status = 400;
      // The API's reason is English: an English page gives it, the others their own words only.
      const reason = locale.lang.split('-')[0] === 'en' ? `${error.message} ` : '';
      ctx.body = renderNotFoundPage(`${reason}${m.startAgain}`, m.badRequest, locale.lang);
    } else {
      throw error;
    }
  }
};
