import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Raw SQL beside Strapi's query engine: the few statements it cannot say (atomic upserts,
 * set-based recounts, locks). Table names are schema-qualified here, as the query builder does
 * itself with DATABASE_SCHEMA and raw SQL does not.
 */

export const quoteName = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A table's quoted name, with the schema when there is one (PostgreSQL). */
export const tableName = (strapi: Core.Strapi, name: string): string => {
  const schema = strapi.db.getSchemaName();
  return schema ? `${quoteName(schema)}.${quoteName(name)}` : quoteName(name);
};

/** Knex's schema builder in the app's schema: for the tables the app keeps beside Strapi's. */
export const schemaBuilder = (strapi: Core.Strapi): Knex.SchemaBuilder => {
  const schema = strapi.db.getSchemaName();
  return schema ? strapi.db.connection.schema.withSchema(schema) : strapi.db.connection.schema;
};

/**
 * Runs raw SQL in the caller's transaction when there is one (a lifecycle hook inside the document
 * service's), else in a transaction of its own, so the statements of one change commit together.
 */
export const inWriteTransaction = async <T>(strapi: Core.Strapi, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
  (await strapi.db.transaction(({ trx }) => work(trx))) as T;

/** node-postgres answers `{ rows }`, better-sqlite3 the rows themselves. */
export const rowsOf = <Row>(result: unknown): Row[] =>
  Array.isArray(result) ? (result as Row[]) : ((result as { rows?: Row[] }).rows ?? []);

/** A read in the caller's transaction when there is one (it sees the caller's writes), else on the pool. */
export const readConnection = async <T>(strapi: Core.Strapi, work: (db: Knex | Knex.Transaction) => Promise<T>): Promise<T> =>
  strapi.db.inTransaction() ? inWriteTransaction(strapi, work) : work(strapi.db.connection);

/**
 * Locks rows of a content type (by id) to the end of the caller's transaction, on PostgreSQL
 * (SQLite has one writer). A hook that reads rows "before" a write and derives a change from them
 * locks them first: a concurrent write to the same rows then commits before the read, and the
 * change is derived from what it left, not from what both saw.
 */
export const lockRows = async (strapi: Core.Strapi, uid: string, ids: number[]): Promise<void> => {
  if (ids.length === 0 || strapi.db.dialect.client !== 'postgres') return;
  const table = tableName(strapi, strapi.db.metadata.get(uid as 'api::article.article').tableName);
  await inWriteTransaction(strapi, (trx) => trx.raw(`SELECT id FROM ${table} WHERE id IN (${ids.map(() => '?').join(', ')}) FOR UPDATE`, ids));
};
