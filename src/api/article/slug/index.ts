import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { fieldError } from '../../../validation/field-error';
import { service } from '../../../services';
import { headlineSlug, isNeutral, isPlaceholder, isValidSlug, madeFrom, neutralSlug } from './headline';

/**
 * The article's address, one rule for every write path (the article lifecycles call the hooks
 * below, the content manager's slug generator calls `proposeSlug`):
 *
 * - a document has one slug in every locale: a new locale version takes it whatever the write
 *   sends (Strapi treats uid fields as localized and copies nothing), and a write that changes
 *   one version's slug changes the other versions in the same status (drafts with drafts,
 *   published rows with published ones, so an unpublished change still waits for publication);
 * - until its first publication, a document's slug follows its source version's headline
 *   (headline.ts), unless it was set by hand; once published, only a write setting it moves it
 *   (and redirects/record.ts keeps the old address);
 * - a slug another document uses, or one that is no uid, is a 400 on `slug`, nothing written.
 */

declare const strapi: Core.Strapi;

const ARTICLE = 'api::article.article';
const PROPAGATE = 'slug:propagate';

type Data = Record<string, unknown>;
interface SlugEvent {
  params: { data?: Data | Data[]; where?: Record<string, unknown> };
  state: Record<string, unknown>;
  result?: unknown;
}
export interface Version {
  id: number;
  documentId: string;
  locale: string | null;
  slug: string | null;
  title: string | null;
  publishedAt: string | Date | null;
  firstPublishedAt?: string | Date | null;
}
/** After an update: the slug the document's other versions in these statuses take. */
interface Propagation {
  documentId: string;
  slug: string;
  drafts: boolean;
  published: boolean;
}

const each = (data: Data | Data[] | undefined): Data[] => (Array.isArray(data) ? data : data ? [data] : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const randomHex = () => crypto.randomBytes(4).toString('hex');

const VERSION_FIELDS = ['id', 'documentId', 'locale', 'slug', 'title', 'publishedAt', 'firstPublishedAt'];

export const versionsOf = async (strapi: Core.Strapi, documentId: string): Promise<Version[]> =>
  (await strapi.db
    .query(ARTICLE)
    .findMany({ select: VERSION_FIELDS, where: { documentId }, orderBy: { id: 'asc' } })) as Version[];

/**
 * The version a document's shared fields come from: the default locale's, else the oldest; a
 * draft before a published row (drafts carry the latest address and body).
 */
export const sourceVersion = async (strapi: Core.Strapi, versions: Version[]): Promise<Version | null> => {
  if (versions.length === 0) return null;
  const fallback = await service(strapi, 'api::article.lookup').resolveLocale();
  const drafts = versions.filter((version) => version.publishedAt === null);
  const pool = drafts.length > 0 ? drafts : versions;
  return pool.find((version) => version.locale === fallback) ?? pool[0];
};

const everPublished = (versions: Version[]) =>
  versions.some((version) => version.publishedAt !== null || Boolean(version.firstPublishedAt));

/** Whether another document (any locale, draft or published) uses the slug. */
const takenByOther = async (strapi: Core.Strapi, slug: string, documentId: string | null): Promise<boolean> => {
  const other = await strapi.db.query(ARTICLE).findOne({
    select: ['id'],
    where: documentId ? { slug, documentId: { $ne: documentId } } : { slug },
  });
  return Boolean(other);
};

/** A headline's slug free among the other documents (`-1`, `-2`... as the content manager numbers), or a neutral one. */
const freeSlugFor = async (strapi: Core.Strapi, title: unknown, documentId: string | null): Promise<string> => {
  const base = headlineSlug(title);
  if (!base) {
    for (;;) {
      const neutral = neutralSlug(randomHex);
      if (!(await takenByOther(strapi, neutral, documentId))) return neutral;
    }
  }
  for (let n = 0; ; n += 1) {
    const candidate = n === 0 ? base : `${base}-${n}`;
    if (!(await takenByOther(strapi, candidate, documentId))) return candidate;
  }
};

const refuseSlug = async (strapi: Core.Strapi, slug: unknown, documentId: string | null): Promise<void> => {
  if (!isValidSlug(slug)) {
    throw fieldError(
      'slug',
      'The address (slug) may hold only lower-case Latin letters and digits, words joined by single dashes.',
      'Use lower-case letters, digits and dashes, e.g. floods-in-herat.'
    );
  }
  if (await takenByOther(strapi, slug, documentId)) {
    throw fieldError(
      'slug',
      `The address "${slug}" belongs to another article.`,
      'Choose another address: this one belongs to another article.'
    );
  }
};

/**
 * The slug a version of a document should have, for the content manager's generator: a new or
 * other-locale version of a document takes the document's; the source version of a document the
 * headline's (free among other documents), whether or not it was published, as the editor asked.
 */
export const proposeSlug = async (
  strapi: Core.Strapi,
  { documentId, locale, title }: { documentId: string | null; locale: string | null; title: unknown }
): Promise<string> => {
  const versions = documentId ? await versionsOf(strapi, documentId) : [];
  const source = await sourceVersion(strapi, versions);
  const asked = locale ?? (await service(strapi, 'api::article.lookup').resolveLocale());
  if (source?.slug && source.locale !== asked) return source.slug;
  return freeSlugFor(strapi, title, documentId);
};

/** Before a row is created: a version of an existing document takes its slug; a new document's is checked or made. */
export const settleSlugOnCreate = async (event: SlugEvent): Promise<void> => {
  for (const row of each(event.params.data)) {
    const documentId = text(row.documentId);
    const source = documentId ? await sourceVersion(strapi, await versionsOf(strapi, documentId)) : null;
    if (source?.slug) {
      row.slug = source.slug;
      continue;
    }
    if (madeFrom(row.slug, row.title)) row.slug = await freeSlugFor(strapi, row.title, documentId);
    await refuseSlug(strapi, row.slug, documentId);
  }
};

/** The slug a matched version moves to, or null when it keeps its own. */
const nextSlug = async (data: Data, version: Version, versions: Version[]): Promise<string | null> => {
  const current = version.slug;
  const published = everPublished(versions);
  const written = data.slug;
  if (written !== undefined && written !== current) {
    if (!isPlaceholder(written)) return written as string;
    // The content manager's fallback is never an address: before publication the headline
    // decides; after it, the fallback is ignored, and an emptied slug refused.
    if (published) return typeof written === 'string' && written !== '' ? null : '';
    return freeSlugFor(strapi, data.title ?? version.title, version.documentId);
  }
  if (published || data.title === undefined || data.title === version.title) return null;
  const source = await sourceVersion(strapi, versions);
  if (source?.locale !== version.locale || !madeFrom(current, version.title)) return null;
  if (!headlineSlug(data.title) && isNeutral(current)) return null; // still no Latin words: the neutral slug stays
  return freeSlugFor(strapi, data.title, version.documentId);
};

/**
 * Before an update naming the title or the slug: the slug it leaves, checked, written on the
 * matched rows; the document's other versions follow after the write (propagateSlugAfterUpdate).
 */
export const settleSlugOnUpdate = async (event: SlugEvent): Promise<void> => {
  const data = each(event.params.data)[0];
  if (!data || (data.slug === undefined && data.title === undefined)) return;
  const rows = (await strapi.db
    .query(ARTICLE)
    .findMany({ select: VERSION_FIELDS, where: event.params.where ?? {} })) as Version[];
  const documents = [...new Set(rows.map((row) => row.documentId).filter(Boolean))];
  if (documents.length !== 1) {
    // A bulk write over several documents cannot give them one slug: they would share an address.
    if (documents.length > 1 && data.slug !== undefined) {
      throw fieldError('slug', 'One address (slug) cannot be given to several articles.', 'Give each article its own address.');
    }
    return;
  }
  const [documentId] = documents;
  const versions = await versionsOf(strapi, documentId);
  const next = await nextSlug(data, rows[0], versions);
  if (next === null) {
    if (data.slug !== undefined) data.slug = rows[0].slug;
    return;
  }
  await refuseSlug(strapi, next, documentId);
  data.slug = next;
  const propagation: Propagation = {
    documentId,
    slug: next,
    drafts: rows.some((row) => row.publishedAt === null),
    published: rows.some((row) => row.publishedAt !== null),
  };
  event.state[PROPAGATE] = propagation;
};

/** The document's other versions in the same status take the slug (their old one recorded by the same hooks). */
const moveOthers = async (documentId: string, slug: string, status: 'draft' | 'published'): Promise<void> => {
  await strapi.db.query(ARTICLE).updateMany({
    where: { documentId, slug: { $ne: slug }, publishedAt: status === 'draft' ? { $null: true } : { $notNull: true } },
    data: { slug },
  });
};

export const propagateSlugAfterUpdate = async (event: SlugEvent): Promise<void> => {
  const propagation = event.state[PROPAGATE] as Propagation | undefined;
  if (!propagation) return;
  delete event.state[PROPAGATE];
  if (propagation.drafts) await moveOthers(propagation.documentId, propagation.slug, 'draft');
  if (propagation.published) await moveOthers(propagation.documentId, propagation.slug, 'published');
};

/** After a publish (a published row created): the other published versions take its slug. */
export const propagateSlugAfterCreate = async (event: SlugEvent): Promise<void> => {
  const result = event.result;
  const rows = result && typeof result === 'object' && 'slug' in result ? [result as Data] : each(event.params.data);
  for (const row of rows) {
    const documentId = text(row.documentId);
    const slug = text(row.slug);
    if (documentId && slug && row.publishedAt) await moveOthers(documentId, slug, 'published');
  }
};
