import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../validation/field-error';
import { service } from '../../../services';
import { compareFields, type FieldChange } from '../versions/compare';
import { asRestoreOf } from '../versions/record';
import { restoreData } from '../versions/restore';
import { ARTICLE, attributesOf, summaryOf, type Snapshot } from '../versions/snapshot';
import { isoTime, versionTable, type VersionRow } from '../versions/table';
import type { VersionSummary } from '../versions/types';

export type { VersionSummary };

/**
 * An article's versions for editors (versions/record.ts records them): the list of one locale's,
 * one with its content, two compared, and one restored into the draft through the document
 * service (which records the restore as a version of its own). Plain arguments in, plain answers
 * out; who may ask is the controller's question.
 */
export interface Version extends VersionSummary {
  content: Snapshot;
}

const MESSAGES = {
  noArticle: (documentId: string) => `No article "${documentId}".`,
  noVersion: (id: string | number) => `No version ${id} of this article.`,
  noLocale: (locale: string) => `No locale "${locale}".`,
  otherLocale: 'Both versions must be of the same locale: compare versions of one language.',
  notAnId: 'A version is named by its number.',
} as const;

const parse = (row: VersionRow): Version => {
  const content = JSON.parse(row.content) as Snapshot;
  return {
    id: Number(row.id),
    documentId: row.document_id,
    locale: row.locale,
    at: isoTime(row.created_at),
    who: { type: row.actor_type, label: row.actor_label },
    status: row.status,
    event: row.event,
    restoredFrom: row.restored_from === null ? null : Number(row.restored_from),
    summary: summaryOf(content),
    content,
  };
};

const summary = ({ content: _content, ...rest }: Version): VersionSummary => rest;

/** A version's number as typed in an address: a positive whole number, or nothing. */
const versionNumber = (value: string | number | undefined): number | null => {
  const text = String(value ?? '');
  return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => versionTable(strapi, strapi.db.connection);

  const existingArticle = async (documentId: string): Promise<void> => {
    const found = await strapi.db.query(ARTICLE).findOne({ select: ['id'], where: { documentId } });
    if (!found) throw new errors.NotFoundError(MESSAGES.noArticle(documentId));
  };

  const one = async (documentId: string, id: string | number): Promise<Version> => {
    const number = versionNumber(id);
    const row = number === null ? undefined : ((await table().where({ id: number, document_id: documentId }).first()) as VersionRow | undefined);
    if (!row) throw new errors.NotFoundError(MESSAGES.noVersion(id));
    return parse(row);
  };

  return {
    /** One locale's versions, newest first (the default locale's when none is asked). */
    async list(documentId: string, asked?: string): Promise<{ locale: string; versions: VersionSummary[] }> {
      await existingArticle(documentId);
      const locale = await service(strapi, 'api::article.lookup').resolveLocale(asked);
      if (!locale) throw fieldError('locale', MESSAGES.noLocale(String(asked)));
      const rows = (await table().where({ document_id: documentId, locale }).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])) as VersionRow[];
      return { locale, versions: rows.map((row) => summary(parse(row))) };
    },

    async get(documentId: string, id: string): Promise<Version> {
      await existingArticle(documentId);
      return one(documentId, id);
    },

    /** What changed from one version to another, field by field. */
    async compare(documentId: string, from?: string, to?: string): Promise<{ from: VersionSummary; to: VersionSummary; changes: FieldChange[] }> {
      await existingArticle(documentId);
      if (versionNumber(from) === null) throw fieldError('from', MESSAGES.notAnId);
      if (versionNumber(to) === null) throw fieldError('to', MESSAGES.notAnId);
      const [before, after] = [await one(documentId, from as string), await one(documentId, to as string)];
      if (before.locale !== after.locale) throw fieldError('to', MESSAGES.otherLocale);
      const attributesOfUid = (uid: string) => attributesOf(strapi, uid);
      return { from: summary(before), to: summary(after), changes: compareFields(before.content, after.content, attributesOf(strapi, ARTICLE), attributesOfUid) };
    },

    /** Puts a version's content into its locale's draft; the published version is left as it is. */
    async restore(documentId: string, id: string): Promise<{ version: VersionSummary; restoredFrom: number; warnings: string[] }> {
      await existingArticle(documentId);
      const version = await one(documentId, id);
      const { data, warnings } = await restoreData(strapi, version.content);
      await asRestoreOf(version.id, () =>
        strapi.documents(ARTICLE).update({ documentId, locale: version.locale, data } as Parameters<ReturnType<typeof strapi.documents<typeof ARTICLE>>['update']>[0])
      );
      const row = (await table()
        .where({ document_id: documentId, locale: version.locale })
        .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])
        .first()) as VersionRow;
      return { version: summary(parse(row)), restoredFrom: version.id, warnings };
    },
  };
};
