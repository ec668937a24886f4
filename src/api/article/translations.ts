import type { Core, Modules } from '@strapi/strapi';
import { sourceVersion, versionsOf, type Version } from './slug';
import { service } from '../../services';

/**
 * A new locale version of an article starts with what the versions share: the byline, the hero
 * photo, the tags, the sections, and the body blocks to translate in place.
 *
 * Strapi 5.54 already copies a document's non-localized fields into a new locale version (the
 * document service's update, `copyNonLocalizedFields`), but i18n counts every relation and uid
 * as localized whatever the schema says, so it copies only commentsEnabled and commentModeration
 * here; the slug is the slug rule's (slug/). This fills the rest, from the source version (the
 * default locale's, else the oldest), for what the write leaves empty.
 *
 * A document service middleware, because a new locale version is made only there: the document
 * service's update for a locale the document lacks (the content manager's save of a new locale
 * calls it; REST's PUT with `?locale=` too). Filling the write itself, before it runs, keeps it one
 * write: Strapi's validation, the publishing rules and i18n's own middleware all see the full
 * version. A write through strapi.db.query copies nothing: it gets exactly what it writes.
 */
const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';
const RELATIONS = ['byline', 'heroImage', 'tags', 'section', 'sections'] as const;

type Data = Record<string, unknown>;
interface UpdateParams {
  documentId?: string;
  locale?: string;
  data?: Data;
}
interface Linked {
  documentId: string;
  locale?: string | null;
}
type Source = Data & { body?: Data[] | null };

const RELATION_OPERATIONS = new Set(['connect', 'disconnect', 'set']);

/** Nothing given: absent, null, an empty list, or relation operations that link nothing (the admin panel's `{ connect: [], disconnect: [] }`). */
export const leftEmpty = (value: unknown): boolean => {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== 'object') return false;
  const operations = Object.entries(value as Data);
  return operations.every(([name, items]) => RELATION_OPERATIONS.has(name) && Array.isArray(items) && items.length === 0);
};

const linkedOf = (value: unknown): Linked[] => {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items.filter(
    (item): item is Linked => typeof item === 'object' && item !== null && typeof (item as Linked).documentId === 'string'
  );
};

/**
 * Sections are localized, and Strapi links a locale version only to the same locale of a localized
 * type: the translation links a section's version in its own locale when there is one, and leaves
 * the others to its source (a translation is listed under its original's sections, and the
 * publishing rule counts the other versions' section).
 */
const sectionsIn = async (strapi: Core.Strapi, sections: Linked[], locale: string): Promise<Linked[]> => {
  if (sections.length === 0) return [];
  const own = (await strapi.db.query(SECTION).findMany({
    select: ['documentId'],
    where: { documentId: { $in: sections.map((section) => section.documentId) }, locale },
  })) as Linked[];
  const present = new Set(own.map((section) => section.documentId));
  return sections.filter((section) => present.has(section.documentId)).map(({ documentId }) => ({ documentId, locale }));
};

const relationData = async (strapi: Core.Strapi, field: (typeof RELATIONS)[number], value: unknown, locale: string) => {
  const linked = linkedOf(value);
  const links =
    field === 'section' || field === 'sections'
      ? await sectionsIn(strapi, linked, locale)
      : linked.map(({ documentId }) => ({ documentId }));
  return links.length > 0 ? { set: links } : undefined;
};

/** A body block as new component data: no id, its linked quote or photo by documentId (neither type is localized). */
const blockData = (block: Data): Data => {
  const copy: Data = {};
  for (const [name, value] of Object.entries(block)) {
    if (name === 'id') continue;
    const linked = Array.isArray(value) ? [] : linkedOf(value);
    copy[name] = linked[0] ? linked[0].documentId : value;
  }
  return copy;
};

const readSource = async (strapi: Core.Strapi, source: Version): Promise<Source | null> =>
  (await strapi.documents(ARTICLE).findOne({
    documentId: source.documentId,
    locale: source.locale ?? undefined,
    status: source.publishedAt === null ? 'draft' : 'published',
    populate: {
      byline: true,
      heroImage: true,
      tags: true,
      section: true,
      sections: true,
      body: {
        on: {
          'article.paragraph': true,
          'article.subheading': true,
          'article.image': { populate: ['image'] },
          'article.quote': { populate: ['quote'] },
        },
      },
    },
  })) as Source | null;

/** What the new version's write leaves empty, filled from the source version. */
const fillFromSource = async (strapi: Core.Strapi, data: Data, source: Version, locale: string): Promise<void> => {
  const stored = await readSource(strapi, source);
  if (!stored) return;
  for (const field of RELATIONS) {
    if (!leftEmpty(data[field]) || leftEmpty(stored[field])) continue;
    const links = await relationData(strapi, field, stored[field], locale);
    if (links) data[field] = links;
  }
  if (leftEmpty(data.body) && Array.isArray(stored.body) && stored.body.length > 0) data.body = stored.body.map(blockData);
  if (source.slug) data.slug = source.slug;
};

export const shareWithNewTranslations =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE || context.action !== 'update') return next();
    const params = context.params as UpdateParams;
    if (!params.documentId) return next();
    const locale = params.locale ?? (await service(strapi, 'api::article.lookup').resolveLocale());
    if (!locale) return next();
    const versions = await versionsOf(strapi, params.documentId);
    if (versions.length === 0 || versions.some((version) => version.locale === locale)) return next();
    const source = await sourceVersion(strapi, versions);
    if (source) {
      params.data = { ...(params.data ?? {}) };
      await fillFromSource(strapi, params.data, source, locale);
    }
    return next();
  };

const registered = new WeakSet<Core.Strapi>();

/** Installs the middleware once per app instance. */
export const shareWhatTranslationsShare = (strapi: Core.Strapi): void => {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  strapi.documents.use(shareWithNewTranslations(strapi));
};
