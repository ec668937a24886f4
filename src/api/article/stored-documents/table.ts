import type { Core } from '@strapi/strapi';
import { schemaBuilder } from '../../../database/sql';

/**
 * Stored documents: each published article version as its page reads it (one row, read in one
 * query by slug and locale), the documents it shows (to find the rows a change drops), and one
 * counter that every such change moves (so a document read before a change is never stored after
 * it; see services/stored-documents.ts). Tables of the app's own beside Strapi's, created at start
 * after Strapi's schema sync, idempotently; the schema sync leaves tables it does not know alone.
 */
export const STORED_DOCUMENTS = 'newsroom_article_documents';
export const STORED_SOURCES = 'newsroom_article_document_sources';
export const STORED_EPOCH = 'newsroom_article_document_epoch';
/**
 * The shape of a stored document. Moved when what is stored changes (2: the section path and
 * related articles); documents stored in another shape are dropped at start and rebuilt on read.
 */
export const STORED_FORMAT = 2;

export const installStoredDocumentTables = async (strapi: Core.Strapi): Promise<void> => {
  const builder = () => schemaBuilder(strapi);
  if (!(await builder().hasTable(STORED_DOCUMENTS))) {
    await builder().createTable(STORED_DOCUMENTS, (table) => {
      table.string('document_id', 255).notNullable();
      table.string('locale', 64).notNullable();
      table.string('slug', 255).notNullable();
      table.text('document').notNullable();
      table.timestamp('stored_at').notNullable();
      table.primary(['document_id', 'locale']);
      table.index(['slug', 'locale'], 'newsroom_article_documents_address');
    });
  }
  if (!(await builder().hasTable(STORED_SOURCES))) {
    await builder().createTable(STORED_SOURCES, (table) => {
      table.string('document_id', 255).notNullable();
      table.string('locale', 64).notNullable();
      table.string('source', 255).notNullable();
      table.primary(['document_id', 'locale', 'source']);
      table.index(['source'], 'newsroom_article_document_sources_source');
    });
  }
  if (!(await builder().hasTable(STORED_EPOCH))) {
    await builder().createTable(STORED_EPOCH, (table) => {
      table.integer('id').primary();
      table.bigInteger('changes').notNullable().defaultTo(0);
    });
  }
  if (!(await builder().hasColumn(STORED_EPOCH, 'format'))) {
    await builder().alterTable(STORED_EPOCH, (table) => {
      table.integer('format').notNullable().defaultTo(1);
    });
  }
  const schema = strapi.db.getSchemaName();
  const table = (name: string) => (schema ? strapi.db.connection(name).withSchema(schema) : strapi.db.connection(name));
  await table(STORED_EPOCH).insert({ id: 1, changes: 0, format: STORED_FORMAT }).onConflict('id').ignore();
  await strapi.db.connection.transaction(async (trx) => {
    const inTrx = (name: string) => (schema ? trx(name).withSchema(schema) : trx(name));
    const row = (await inTrx(STORED_EPOCH).select('format').where({ id: 1 }).first()) as { format: number | string } | undefined;
    if (Number(row?.format) === STORED_FORMAT) return;
    // Moving the counter too: a reader building in the old shape right now does not store it.
    await inTrx(STORED_EPOCH).where({ id: 1 }).update({ format: STORED_FORMAT, changes: trx.raw('changes + 1') });
    await inTrx(STORED_SOURCES).delete();
    await inTrx(STORED_DOCUMENTS).delete();
  });
};
