import type { Core } from '@strapi/strapi';
import { articleRelationChange } from '../../../comment/rules/article';
import { fieldError } from '../../../../validation/field-error';
import { freeTakenSlugs, recordMovedSlugs, rememberSlugs } from '../../redirects/record';
import { checkQuoteBlocks, storedBody } from '../../../quote/rules/complete-quote';
import { checkScheduleOnCreate, checkScheduleOnUpdate } from '../../schedule/write-rules';
import { propagateSlugAfterCreate, propagateSlugAfterUpdate, settleSlugOnCreate, settleSlugOnUpdate } from '../../slug';

/**
 * Publishing needs a primary section, on every write path: the document service's publish (and
 * REST or the admin panel publishing through it) creates the published row with strapi.db.query,
 * as does a script writing a row with publishedAt, so all cross these hooks. Checked before the
 * write: a refused publish rolls back the document service's transaction and a raw create never
 * happens. Drafts may lack a section.
 *
 * i18n keeps relations per locale version, and a translation is listed under its original's
 * sections (api::article.listing), so another locale version of the document linking a section
 * counts too: a translation is not asked to repeat it.
 *
 * Publishing also needs every quote block of the body to link a quote with its words and speaker
 * (src/api/quote/rules/complete-quote.ts), checked in the same hooks for the same reasons.
 *
 * The address (slug) follows one rule on every write path too: src/api/article/slug.
 * The schedule's times and the embargo too (src/api/article/schedule/write-rules.ts), checked first.
 */
declare const strapi: Core.Strapi;

const ARTICLE = 'api::article.article';

type Data = Record<string, unknown>;
type SlugEvent = WriteEvent & Parameters<typeof rememberSlugs>[0];
interface WriteEvent {
  params: { data?: Data | Data[]; where?: Record<string, unknown> };
}
interface Version {
  documentId?: string | null;
  locale?: string | null;
}
interface ArticleRow extends Version {
  id: number;
  publishedAt: string | Date | null;
  section?: { id: number } | null;
}

const each = (data: Data | Data[] | undefined): Data[] => (Array.isArray(data) ? data : data ? [data] : []);
const publishes = (data: Data) => data.publishedAt !== undefined && data.publishedAt !== null;
const refuse = () => fieldError('section', 'An article needs a primary section to be published.', 'Choose a primary section before publishing.');

/** Whether a version in another locale of the same document links a primary section. */
const translationHasSection = async ({ documentId, locale }: Version): Promise<boolean> => {
  if (typeof documentId !== 'string' || !documentId) return false;
  const found = await strapi.db.query(ARTICLE).findOne({
    select: ['id'],
    where: { documentId, ...(locale ? { locale: { $ne: locale } } : {}), section: { id: { $notNull: true } } },
  });
  return Boolean(found);
};

const checkCreate = async (event: WriteEvent) => {
  for (const row of each(event.params.data)) {
    if (!publishes(row)) continue;
    if (articleRelationChange(row.section) !== 'link') {
      if (!(await translationHasSection({ documentId: row.documentId as string | undefined, locale: row.locale as string | undefined }))) throw refuse();
    }
    await checkQuoteBlocks(strapi, row.body);
  }
};

/** An update publishing rows, or taking the section off published ones, must leave each with a section. */
const sectionOnUpdate = async (event: WriteEvent, data: Data) => {
  const change = articleRelationChange(data.section);
  if (change === 'link' || (change === 'keep' && !publishes(data))) return;

  const rows = (await strapi.db.query(ARTICLE).findMany({
    select: ['id', 'documentId', 'locale', 'publishedAt'],
    where: event.params.where ?? {},
    populate: { section: { select: ['id'] } },
  })) as ArticleRow[];
  for (const row of rows) {
    const published = publishes(data) || row.publishedAt !== null;
    const sectionAfter = change === 'keep' && Boolean(row.section);
    if (published && !sectionAfter && !(await translationHasSection(row))) throw refuse();
  }
};

/**
 * An update publishing rows must leave their bodies' quote blocks complete: the body it writes, or
 * each row's stored one; an update giving a new body to rows already published, that body.
 */
const quotesOnUpdate = async (event: WriteEvent, data: Data) => {
  const bodyGiven = 'body' in data;
  if (!bodyGiven && !publishes(data)) return;
  const rows = (await strapi.db.query(ARTICLE).findMany({ select: ['id', 'publishedAt'], where: event.params.where ?? {} })) as ArticleRow[];
  const published = rows.filter((row) => publishes(data) || row.publishedAt !== null);
  if (bodyGiven) {
    if (published.length > 0) await checkQuoteBlocks(strapi, data.body);
    return;
  }
  for (const row of published) await checkQuoteBlocks(strapi, await storedBody(strapi, ARTICLE, row.id));
};

const checkUpdate = async (event: WriteEvent) => {
  const data = each(event.params.data)[0] ?? {};
  if (data.publishedAt === null) return; // the rows become drafts
  await sectionOnUpdate(event, data);
  await quotesOnUpdate(event, data);
};

/**
 * The publishing rules first: a refused write reads no slugs. Then the slug the write leaves
 * (slug/), before the old ones are read (redirects/record.ts), so a slug it sets is recorded.
 */
const beforeUpdate = async (event: SlugEvent) => {
  await checkScheduleOnUpdate(strapi, event);
  await checkUpdate(event);
  await settleSlugOnUpdate(event);
  await rememberSlugs(event);
};

/** The slug first: a new translation's row is checked and written with the document's address. */
const beforeCreate = async (event: SlugEvent) => {
  await checkScheduleOnCreate(strapi, event);
  await settleSlugOnCreate(event);
  await checkCreate(event);
};

/** Old slugs first (a published row freeing its address), then the other published versions move with it. */
const afterCreate = async (event: SlugEvent) => {
  await freeTakenSlugs(event);
  await propagateSlugAfterCreate(event);
};

const afterUpdate = async (event: SlugEvent) => {
  await recordMovedSlugs(event);
  await propagateSlugAfterUpdate(event);
};

export default {
  beforeCreate,
  beforeCreateMany: beforeCreate,
  beforeUpdate,
  beforeUpdateMany: beforeUpdate,
  afterCreate,
  afterCreateMany: afterCreate,
  afterUpdate,
  afterUpdateMany: afterUpdate,
};
