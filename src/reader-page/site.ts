import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { articleCache } from '../article-cache';
import { sectionTreePage } from '../article-cache/pages/lists';
import { service } from '../services';
import { publicOrigin } from '../site/public-origin';
import { canonicalLocale, isLocaleCode } from '../validation/identifiers';
import type { SiteContext } from './render/layout';
import type { SectionNode } from '../api/section/services/sections';

/**
 * What every reader page needs of the site around it, read once per request: the locale its
 * address names, the origin of absolute addresses, and the section tree for the navigation (the
 * cached GET /api/sections page, so the navigation costs nothing once warm).
 */

/** The locale of a page: its language, and its prefix in addresses (none for the default locale). */
export interface PageLocale {
  lang: string;
  pathLocale?: string;
}

export interface ReaderSite {
  /** The public origin of absolute addresses (src/site/public-origin.ts): never the request's Host. */
  origin(): string;
  /**
   * The locale an address's first segment names, in canonical case; the default locale when there
   * is no segment; null when the newsroom publishes in no such locale.
   */
  locale(segment: string | undefined): Promise<PageLocale | null>;
  /** The site context of a page in that locale, and the whole section tree (a section's page looks itself up in it). */
  context(ctx: Context, locale: PageLocale): Promise<{ site: SiteContext; tree: SectionNode[] }>;
}

/** Whether a first path segment could name a locale at all (`fa-AF`, `ps`), before asking which. */
export const looksLikeLocale = (segment: string): boolean => isLocaleCode(canonicalLocale(segment));

export const readerSite = (strapi: Core.Strapi, assetVersion: string): ReaderSite => {
  const lookup = () => service(strapi, 'api::article.lookup');
  const siteName = () => (strapi.config.get('newsroom.publisher.name') as string) || 'Newsroom';

  return {
    origin: () => publicOrigin(strapi),

    async locale(segment) {
      const fallback = (await lookup().resolveLocale()) ?? 'en';
      if (!segment) return { lang: fallback };
      const code = canonicalLocale(segment);
      if (!isLocaleCode(code) || !(await lookup().resolveLocale(code))) return null;
      // `/en/...` is the default locale's page too; its links and canonical address carry no prefix.
      return code === fallback ? { lang: code } : { lang: code, pathLocale: code };
    },

    async context(ctx, locale) {
      const query = new URLSearchParams(locale.pathLocale ? { locale: locale.pathLocale } : {});
      const found = await articleCache(strapi).page(sectionTreePage, sectionTreePage.parse({}, query), { anonymous: false });
      const tree = found?.page.data.data ?? [];
      return {
        site: {
          siteName: siteName(),
          assetVersion,
          origin: this.origin(),
          lang: locale.lang,
          pathLocale: locale.pathLocale,
          sections: tree.map(({ name, slug }) => ({ name, slug })),
        },
        tree,
      };
    },
  };
};
