import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { schemaBuilder } from '../../../database/sql';

/**
 * An article's versions: one row per save, publish, unpublish or discarded draft of one locale,
 * with who did it and the content as it then was (JSON). A table of the app's own, as the
 * redirects are: it is written inside the article's own write (a hidden content type would cross
 * the document service, its lifecycles and the page cache again), never edited by hand, and read
 * only through the versions' admin API. Created at start after Strapi's schema sync, idempotently.
 */
export const VERSIONS = 'newsroom_article_versions';

export interface VersionRow {
  id: number;
  document_id: string;
  locale: string;
  status: string;
  event: string;
  actor_type: string;
  actor_label: string;
  restored_from: number | null;
  created_at: Date | string | number;
  content: string;
}

export const installVersionTable = async (strapi: Core.Strapi): Promise<void> => {
  if (await schemaBuilder(strapi).hasTable(VERSIONS)) return;
  await schemaBuilder(strapi).createTable(VERSIONS, (table) => {
    table.increments('id').primary();
    table.string('document_id', 255).notNullable();
    table.string('locale', 64).notNullable();
    table.string('status', 16).notNullable();
    table.string('event', 16).notNullable();
    table.string('actor_type', 32).notNullable();
    table.string('actor_label', 255).notNullable();
    table.integer('restored_from').nullable();
    table.timestamp('created_at', { precision: 3 }).notNullable();
    table.text('content').notNullable();
    table.index(['document_id', 'locale', 'created_at'], 'newsroom_article_versions_timeline');
  });
};

/** The versions table on a connection or transaction, in the app's schema when there is one. */
export const versionTable = (strapi: Core.Strapi, db: Knex | Knex.Transaction): Knex.QueryBuilder<VersionRow> => {
  const schema = strapi.db.getSchemaName();
  return schema ? db<VersionRow>(VERSIONS).withSchema(schema) : db<VersionRow>(VERSIONS);
};

/** A timestamp as the drivers give it back (PostgreSQL: a Date; SQLite: milliseconds or text), as ISO text. */
export const isoTime = (value: Date | string | number): string => new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value).toISOString();
