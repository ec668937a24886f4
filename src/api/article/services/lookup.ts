import type { Core } from '@strapi/strapi';

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

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The locale asked for, the default one when none is, or null when the newsroom has no such locale. */
  async resolveLocale(locale?: string): Promise<string | null> {
    const service = strapi.plugin('i18n').service('locales');
    if (!locale) return ((await service.getDefaultLocale()) as string) || 'en';
    const locales = (await service.find()) as Array<{ code: string }>;
    return locales.some((known) => known.code === locale) ? locale : null;
  },

  async findPublished(slug: string, locale?: string): Promise<PublishedArticle | null> {
    const code = await this.resolveLocale(locale);
    if (!code) return null;
    const row = await strapi.db.query('api::article.article').findOne({
      select: ['id', 'documentId', 'locale', 'slug', 'title', 'commentsEnabled', 'commentModeration', 'publishedAt', 'firstPublishedAt'],
      where: { slug, locale: code, publishedAt: { $notNull: true } },
    });
    return (row as PublishedArticle | null) ?? null;
  },
});
