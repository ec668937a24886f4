import type { Core } from '@strapi/strapi';
import { quoteName, tableName } from '../../database/sql';

/**
 * The index every article list walks (api::article.listing): the published versions of a locale
 * in list order, newest first by first publication, then id. An expression and a partial index,
 * which a content type's `indexes` cannot declare, so it is made at start, after Strapi's schema
 * sync, idempotently, as the app's own tables are (a migration in database/migrations would run
 * before the sync, when a new database has no articles table yet). Strapi's schema sync drops
 * only indexes it made itself, so it leaves this one alone. The same statement on PostgreSQL and
 * SQLite (both keep expression and partial indexes).
 *
 * PostgreSQL does not take a partial index's statistics for the whole table, so without more it
 * guesses a third of the rows for any range of first publication (a deep page's cursor) and may
 * then read every article to hash them. Statistics on the expression itself (PostgreSQL 14 and
 * later; ANALYZE fills them) let it see how far into the list a cursor is.
 */
export const LISTING_INDEX = 'articles_listing';
export const LISTING_STATISTICS = 'articles_listing_published';

export const installListingIndex = async (strapi: Core.Strapi): Promise<void> => {
  const article = strapi.db.metadata.get('api::article.article');
  const column = (name: string) => quoteName((article.attributes[name] as { columnName?: string }).columnName ?? name);
  const table = tableName(strapi, article.tableName);
  const published = `COALESCE(${column('firstPublishedAt')}, ${column('publishedAt')})`;
  const knex = strapi.db.connection;
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${quoteName(LISTING_INDEX)} ON ${table}
       (${column('locale')}, (${published}) DESC, id DESC)
     WHERE ${column('publishedAt')} IS NOT NULL`
  );
  if (strapi.db.dialect.client !== 'postgres') return;
  const version = Number((await knex.raw(`SELECT current_setting('server_version_num') AS v`)).rows[0].v);
  if (version < 140000) return;
  const schema = strapi.db.getSchemaName();
  await knex.raw(
    `CREATE STATISTICS IF NOT EXISTS ${schema ? `${quoteName(schema)}.` : ''}${quoteName(LISTING_STATISTICS)} ON (${published}) FROM ${table}`
  );
};
