import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { remember } from '../../../article-cache/remembered';

/** Finding the published article a reader is looking at, by slug and locale. */
export interface PublishedArticle {
  id: number;
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  commentsEnabled: boolean;
  commentModeration: 'pre' | 'post';
  publishedAt: string;
  firstPublishedAt: string | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // The default locale lives in the core store, the others are i18n's locale rows.
  const locales = remember(strapi, ['plugin::i18n.locale', 'strapi::core-store'], async () => {
    const i18n = strapi.plugin('i18n').service('locales');
    const [fallback, known] = await Promise.all([
      i18n.getDefaultLocale() as Promise<string | null>,
      i18n.find() as Promise<Array<{ code: string }>>,
    ]);
    return { fallback: fallback || 'en', codes: new Set(known.map(({ code }) => code)) };
  });

  return {
    /** Every locale the newsroom publishes in, the default one first. */
    async allLocales(): Promise<{ fallback: string; codes: string[] }> {
      const { fallback, codes } = await locales.get();
      return { fallback, codes: [fallback, ...[...codes].filter((code) => code !== fallback).sort()] };
    },

    /** The locale asked for, the default one when none is, or null when the newsroom has no such locale. */
    async resolveLocale(locale?: string): Promise<string | null> {
      const { fallback, codes } = await locales.get();
      if (!locale) return fallback;
      return codes.has(locale) ? locale : null;
    },

    /**
     * The locale a list is asked in (the default one when none is) and the default one, for every
     * list of articles and sections; a 404 for a locale the newsroom lacks.
     */
    async listLocale(asked?: string): Promise<{ locale: string; fallback: string }> {
      const [locale, fallback] = await Promise.all([this.resolveLocale(asked), this.resolveLocale()]);
      if (!locale) throw new errors.NotFoundError(`No locale "${asked}".`);
      return { locale, fallback: fallback ?? locale };
    },

    async findPublished(slug: string, locale?: string): Promise<PublishedArticle | null> {
      const code = await this.resolveLocale(locale);
      if (!code) return null;
      const row = await strapi.db.query('api::article.article').findOne({
        select: [
          'id',
          'documentId',
          'locale',
          'slug',
          'title',
          'commentsEnabled',
          'commentModeration',
          'publishedAt',
          'firstPublishedAt',
        ],
        where: { slug, locale: code, publishedAt: { $notNull: true } },
      });
      return (row as PublishedArticle | null) ?? null;
    },
  };
};
