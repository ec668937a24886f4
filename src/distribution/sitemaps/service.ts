import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { authorPath, homePath, readerPath, sectionPath, sitemapPagePath, tagPath } from '../../reader-page/address';
import { quoteName, readConnection, rowsOf, tableName } from '../../database/sql';
import { service } from '../../services';
import { absoluteOn, publicOrigin } from '../../site/public-origin';
import { newsLanguage, type Alternate, type NewsUrl, type SitemapRef, type SitemapUrl } from './xml';

/**
 * What the sitemaps list, read in bounded pieces however large the archive grows: each sitemap
 * page is a range of row ids (no OFFSET, no full scan into memory), at most `urlsPerPage` URLs,
 * read in a constant number of queries; the index is one grouped query per kind. Only published
 * article versions (a scheduled or embargoed story has none), and the section, tag and author
 * pages in every locale the newsroom publishes in.
 */

export type SitemapKind = 'home' | 'articles' | 'sections' | 'tags' | 'authors';
export const SITEMAP_KINDS: readonly SitemapKind[] = ['home', 'articles', 'sections', 'tags', 'authors'];
/** The kinds read from a table, a range of row ids a page. */
type TableKind = Exclude<SitemapKind, 'home'>;
const TABLE_KINDS: readonly TableKind[] = ['articles', 'sections', 'tags', 'authors'];

const UIDS = {
  articles: 'api::article.article',
  sections: 'api::section.section',
  tags: 'api::tag.tag',
  authors: 'api::author.author',
} as const;
const LIST_PATHS: Record<Exclude<TableKind, 'articles'>, (slug: string, locale?: string) => string> = {
  sections: sectionPath,
  tags: tagPath,
  authors: authorPath,
};

/** Google News takes stories first published this recently, this many at most. */
const NEWS_WINDOW_MS = 48 * 3_600_000;
const NEWS_LIMIT = 1000;

const dateOf = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number | Date));
  return Number.isNaN(date.getTime()) ? null : date;
};

export const sitemaps = (strapi: Core.Strapi) => {
  const perPage = (): number => strapi.config.get('newsroom.sitemaps.urlsPerPage') as number;
  const origin = () => publicOrigin(strapi);

  const table = (kind: TableKind) => {
    const meta = strapi.db.metadata.get(UIDS[kind]);
    const column = (name: string) => quoteName((meta.attributes[name] as { columnName?: string } | undefined)?.columnName ?? name);
    return { name: tableName(strapi, meta.tableName), column, localized: kind === 'articles' || kind === 'sections' };
  };

  /** Article pages are one URL a row; a list page is one a locale: its rows per page are fewer. */
  const idsPerPage = (kind: TableKind, localeCount: number): number => (kind === 'articles' ? perPage() : Math.max(1, Math.floor(perPage() / localeCount)));

  /** Which rows a kind lists: published article versions; sections once (their default-locale row); every tag and author. */
  const listed = (kind: TableKind, fallback: string): { sql: string; bindings: unknown[] } => {
    const t = table(kind);
    if (kind === 'articles') return { sql: `${t.column('publishedAt')} IS NOT NULL`, bindings: [] };
    if (kind === 'sections') return { sql: `${t.column('locale')} = ?`, bindings: [fallback] };
    return { sql: '1 = 1', bindings: [] };
  };

  const pathLocaleOf = (locale: string, fallback: string): string | undefined => (locale === fallback ? undefined : locale);

  return {
    /** The sitemap index: one entry per non-empty page of each kind, with its newest change. */
    async index(): Promise<SitemapRef[]> {
      const { fallback, codes } = await service(strapi, 'api::article.lookup').allLocales();
      // The home front in every locale: a page of its own (a handful of addresses), changed whenever a story is published.
      const refs: SitemapRef[] = [{ loc: absoluteOn(origin(), sitemapPagePath('home', 1)), lastmod: null }];
      for (const kind of TABLE_KINDS) {
        const t = table(kind);
        const size = idsPerPage(kind, codes.length);
        const where = listed(kind, fallback);
        const changed = kind === 'articles' ? t.column('publishedAt') : t.column('updatedAt');
        const rows = await readConnection(strapi, async (db) =>
          rowsOf<{ bucket: number | string; lastmod: unknown }>(
            // The page size written as an integer literal: bound, SQLite would divide as reals.
            await db.raw(`SELECT (id - 1) / ${Math.floor(size)} AS bucket, MAX(${changed}) AS lastmod FROM ${t.name} WHERE ${where.sql} GROUP BY (id - 1) / ${Math.floor(size)} ORDER BY bucket`, where.bindings)
          )
        );
        for (const row of rows) refs.push({ loc: absoluteOn(origin(), sitemapPagePath(kind, Number(row.bucket) + 1)), lastmod: dateOf(row.lastmod) });
        if (kind === 'articles') refs[0].lastmod = rows.reduce<Date | null>((latest, row) => {
          const at = dateOf(row.lastmod);
          return at && (!latest || at > latest) ? at : latest;
        }, null);
      }
      return refs;
    },

    /** One page of a kind's sitemap (1-based), or a 404 when it lists nothing. */
    async page(kind: SitemapKind, page: number): Promise<SitemapUrl[]> {
      const { fallback, codes } = await service(strapi, 'api::article.lookup').allLocales();
      if (kind === 'home') {
        if (page !== 1) throw new errors.NotFoundError(`No sitemap "${kind}-${page}".`);
        const home = (code?: string) => absoluteOn(origin(), homePath(code === undefined ? undefined : pathLocaleOf(code, fallback)));
        const alternates: Alternate[] = codes.length > 1 ? [...codes.map((code) => ({ hreflang: code, href: home(code) })), { hreflang: 'x-default', href: home() }] : [];
        return codes.map((code) => ({ loc: home(code), lastmod: null, alternates }));
      }
      const t = table(kind);
      const size = idsPerPage(kind, codes.length);
      const range = [(page - 1) * size, page * size];
      const where = listed(kind, fallback);
      const at = (path: string) => absoluteOn(origin(), path);
      const inRange = `${where.sql} AND id > ? AND id <= ?`;

      if (kind === 'articles') {
        const [rows, versions] = await readConnection(strapi, async (db) => {
          const docs = `SELECT ${t.column('documentId')} FROM ${t.name} WHERE ${inRange}`;
          return [
            rowsOf<{ document_id: string; locale: string; slug: string; changed: unknown }>(
              await db.raw(
                `SELECT ${t.column('documentId')} AS document_id, ${t.column('locale')} AS locale, ${t.column('slug')} AS slug, ${t.column('publishedAt')} AS changed FROM ${t.name} WHERE ${inRange} ORDER BY id`,
                [...where.bindings, ...range]
              )
            ),
            // Every published translation of the page's stories, in one query whatever the page size.
            rowsOf<{ document_id: string; locale: string; slug: string }>(
              await db.raw(
                `SELECT ${t.column('documentId')} AS document_id, ${t.column('locale')} AS locale, ${t.column('slug')} AS slug FROM ${t.name} WHERE ${where.sql} AND ${t.column('documentId')} IN (${docs})`,
                [...where.bindings, ...where.bindings, ...range]
              )
            ),
          ] as const;
        });
        if (rows.length === 0) throw new errors.NotFoundError(`No sitemap "${kind}-${page}".`);
        const translations = new Map<string, Alternate[]>();
        for (const version of versions) {
          const href = at(readerPath(version.slug, pathLocaleOf(version.locale, fallback)));
          const list = translations.get(version.document_id) ?? [];
          list.push({ hreflang: version.locale, href });
          if (version.locale === fallback) list.push({ hreflang: 'x-default', href });
          translations.set(version.document_id, list);
        }
        return rows.map((row) => {
          const alternates = (translations.get(row.document_id) ?? []).sort((a, b) => a.hreflang.localeCompare(b.hreflang));
          return {
            loc: at(readerPath(row.slug, pathLocaleOf(row.locale, fallback))),
            lastmod: dateOf(row.changed),
            // A page with no translation has no alternates to name.
            alternates: alternates.filter((alt) => alt.hreflang !== 'x-default').length > 1 ? alternates : [],
          };
        });
      }

      const rows = await readConnection(strapi, async (db) =>
        rowsOf<{ slug: string; changed: unknown }>(
          await db.raw(`SELECT ${t.column('slug')} AS slug, ${t.column('updatedAt')} AS changed FROM ${t.name} WHERE ${inRange} ORDER BY id`, [...where.bindings, ...range])
        )
      );
      if (rows.length === 0) throw new errors.NotFoundError(`No sitemap "${kind}-${page}".`);
      const pathOf = LIST_PATHS[kind];
      return rows.flatMap((row) => {
        const alternates: Alternate[] =
          codes.length > 1
            ? [...codes.map((code) => ({ hreflang: code, href: at(pathOf(row.slug, pathLocaleOf(code, fallback))) })), { hreflang: 'x-default', href: at(pathOf(row.slug)) }]
            : [];
        return codes.map((code) => ({ loc: at(pathOf(row.slug, pathLocaleOf(code, fallback))), lastmod: dateOf(row.changed), alternates }));
      });
    },

    /** Google News: stories first published in the last 48 hours, newest first, at most 1,000. */
    async news(now = new Date()): Promise<NewsUrl[]> {
      const { fallback } = await service(strapi, 'api::article.lookup').allLocales();
      const since = new Date(now.getTime() - NEWS_WINDOW_MS);
      const rows = (await strapi.db.query(UIDS.articles).findMany({
        select: ['locale', 'slug', 'title', 'publishedAt', 'firstPublishedAt'],
        where: {
          publishedAt: { $notNull: true },
          $or: [{ firstPublishedAt: { $gte: since } }, { firstPublishedAt: { $null: true }, publishedAt: { $gte: since } }],
        },
        orderBy: [{ firstPublishedAt: 'desc' }, { publishedAt: 'desc' }],
        limit: NEWS_LIMIT,
      })) as Array<{ locale: string; slug: string; title: string; publishedAt: unknown; firstPublishedAt: unknown }>;
      const name = (strapi.config.get('newsroom.publisher.name') as string) || 'Newsroom';
      return rows.map((row) => ({
        loc: absoluteOn(origin(), readerPath(row.slug, pathLocaleOf(row.locale, fallback))),
        publicationName: name,
        language: newsLanguage(row.locale),
        published: dateOf(row.firstPublishedAt) ?? (dateOf(row.publishedAt) as Date),
        title: row.title,
      }));
    },
  };
};
