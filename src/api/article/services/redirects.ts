import type { Core } from '@strapi/strapi';
import { redirectTable } from '../redirects/table';
import { service } from '../../../services';

/**
 * Where an old article address leads now (redirects/record.ts keeps them): asked only on the
 * would-be 404 path of the assembled article and the reader page, so an address that answers
 * costs nothing more.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The slug the document that left `slug` answers at now in the locale asked (the default one
   * when none is), or null: no redirect, an unknown locale, or no published version there.
   */
  async movedTo(slug: string, locale?: string): Promise<string | null> {
    const code = await service(strapi, 'api::article.lookup').resolveLocale(locale);
    if (!code) return null;
    const row = await redirectTable(strapi, strapi.db.connection).where({ slug }).first('document_id');
    if (!row) return null;
    const target = (await strapi.db.query('api::article.article').findOne({
      select: ['slug'],
      where: { documentId: row.document_id, locale: code, publishedAt: { $notNull: true } },
    })) as { slug: string | null } | null;
    // Its own slug would be a loop: the version at `slug` is no page (cannot happen while the
    // address has no published article, but a redirect to itself must never be answered).
    return target?.slug && target.slug !== slug ? target.slug : null;
  },
});
