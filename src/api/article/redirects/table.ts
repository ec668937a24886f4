import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { schemaBuilder } from '../../../database/sql';

/**
 * Old article addresses: a slug an article answered at before an editor changed it, and the
 * document it belongs to. A table of the app's own rather than a hidden content type: it is never
 * edited by hand, needs no admin panel, permissions or document service, and its writes happen
 * inside an article write's lifecycle hooks, where writing another content type would cross the
 * lifecycles (and the page-cache invalidation) again. Created at start after Strapi's schema sync,
 * idempotently, as the stored-document tables are.
 *
 * A row names the document, not a slug: A→B then B→C leaves A and B both pointing at the document,
 * which answers at its current slug, so chains collapse by construction.
 */
export const REDIRECTS = 'newsroom_article_redirects';

export interface RedirectRow {
  slug: string;
  document_id: string;
  created_at: Date | string;
}

export const installRedirectTable = async (strapi: Core.Strapi): Promise<void> => {
  if (await schemaBuilder(strapi).hasTable(REDIRECTS)) return;
  await schemaBuilder(strapi).createTable(REDIRECTS, (table) => {
    table.string('slug', 255).primary();
    table.string('document_id', 255).notNullable();
    table.timestamp('created_at').notNullable();
    table.index(['document_id'], 'newsroom_article_redirects_document');
  });
};

/** The redirect table on a connection or transaction, in the app's schema when there is one. */
export const redirectTable = (strapi: Core.Strapi, db: Knex | Knex.Transaction): Knex.QueryBuilder<RedirectRow> => {
  const schema = strapi.db.getSchemaName();
  return schema ? db<RedirectRow>(REDIRECTS).withSchema(schema) : db<RedirectRow>(REDIRECTS);
};
