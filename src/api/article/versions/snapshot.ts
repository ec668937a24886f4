import type { Core, UID } from '@strapi/strapi';

/**
 * The content of one locale version of an article as it was at a moment: every attribute of the
 * schema (so fields other parts add, such as corrections, are kept without changes here), body
 * blocks in order with their fields, relations as the documentIds they linked and a label a
 * person reads (a byline's name, a tag's name, a quote's words). Read from the schema, not a list.
 */
export const ARTICLE = 'api::article.article';

export interface Linked {
  documentId: string;
  label: string;
  /** The linked version's locale, for a localized target (a section). */
  locale?: string;
}
export interface MediaFile {
  id: number;
  name: string;
}
export type SnapshotValue = string | number | boolean | null | Linked | Linked[] | MediaFile | MediaFile[] | Snapshot | Snapshot[] | unknown[] | { [key: string]: unknown };
export type Snapshot = { [field: string]: SnapshotValue };
/** A body block: its component and its fields. */
export type Block = Snapshot & { __component: string };

export interface AttributeLike {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  multiple?: boolean;
  private?: boolean;
}

/** What Strapi keeps about a version itself (not its content), and what the version's row says anyway. */
const NOT_CONTENT = new Set(['id', 'documentId', 'locale', 'localizations', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'firstPublishedAt']);
const LABELS = ['title', 'name', 'headline', 'text', 'words', 'alt', 'caption', 'alternativeText', 'slug', 'username', 'email'];

export const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, AttributeLike> =>
  (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, AttributeLike>;

const isLocalized = (strapi: Core.Strapi, uid: string): boolean =>
  (strapi.getModel(uid as UID.Schema)?.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;

export const contentAttributes = (strapi: Core.Strapi, uid: string): [string, AttributeLike][] =>
  Object.entries(attributesOf(strapi, uid)).filter(([name, attribute]) => !NOT_CONTENT.has(name) && !attribute.private && attribute.type !== 'password');

const isRelation = (attribute: AttributeLike) => attribute.type === 'relation' && !!attribute.target && !attribute.relation?.startsWith('morph');
const isToMany = (attribute: AttributeLike) => /ToMany$/.test(attribute.relation ?? '');

type Populate = { [field: string]: true | { populate: Populate } | { on: Record<string, true | { populate: Populate }> } };

/** What a component's or a block's fields need populated: nothing more (true) or its own relations. */
const nested = (strapi: Core.Strapi, uid: string): true | { populate: Populate } => {
  const populate = populateFor(strapi, uid);
  return Object.keys(populate).length > 0 ? { populate } : true;
};

/** What to populate to read every attribute of `uid`, its components' and blocks' relations included. */
export const populateFor = (strapi: Core.Strapi, uid: string): Populate => {
  const populate: Populate = {};
  for (const [name, attribute] of contentAttributes(strapi, uid)) {
    if (isRelation(attribute) || attribute.type === 'media') populate[name] = true;
    else if (attribute.type === 'component' && attribute.component) populate[name] = nested(strapi, attribute.component);
    else if (attribute.type === 'dynamiczone')
      populate[name] = { on: Object.fromEntries((attribute.components ?? []).map((component) => [component, nested(strapi, component)])) };
  }
  return populate;
};

type Stored = Record<string, unknown>;

const labelOf = (target: Stored): string => {
  for (const field of LABELS) {
    const value = target[field];
    if (typeof value === 'string' && value.trim()) return value.length > 120 ? `${value.slice(0, 119)}…` : value;
  }
  return String(target.documentId ?? target.id ?? '');
};

const linkedOf = (strapi: Core.Strapi, target: string, value: Stored): Linked => ({
  documentId: String(value.documentId),
  label: labelOf(value),
  ...(isLocalized(strapi, target) && typeof value.locale === 'string' ? { locale: value.locale } : {}),
});

const asList = (value: unknown): Stored[] => (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is Stored => typeof item === 'object' && item !== null);

/** One stored value as the version keeps it. */
const captureValue = (strapi: Core.Strapi, attribute: AttributeLike, value: unknown): SnapshotValue => {
  if (isRelation(attribute)) {
    const linked = asList(value).filter((item) => item.documentId).map((item) => linkedOf(strapi, attribute.target as string, item));
    return isToMany(attribute) ? linked : (linked[0] ?? null);
  }
  if (attribute.type === 'media') {
    const files = asList(value).map((file) => ({ id: Number(file.id), name: String(file.name ?? '') }));
    return attribute.multiple ? files : (files[0] ?? null);
  }
  if (attribute.type === 'component' && attribute.component) {
    const component = attribute.component;
    if (attribute.repeatable) return asList(value).map((item) => captureFields(strapi, component, item));
    return value && typeof value === 'object' ? captureFields(strapi, component, value as Stored) : null;
  }
  if (attribute.type === 'dynamiczone') {
    return asList(value)
      .filter((block) => typeof block.__component === 'string')
      .map((block): Block => ({ __component: String(block.__component), ...captureFields(strapi, String(block.__component), block) }));
  }
  return (value ?? null) as SnapshotValue;
};

const captureFields = (strapi: Core.Strapi, uid: string, stored: Stored): Snapshot => {
  const snapshot: Snapshot = {};
  for (const [name, attribute] of contentAttributes(strapi, uid)) snapshot[name] = captureValue(strapi, attribute, stored[name]);
  return snapshot;
};

/** The article's content in `locale` and `status` now (in the caller's transaction), or null when there is none. */
export const captureArticle = async (
  strapi: Core.Strapi,
  where: { documentId: string; locale: string; status: 'draft' | 'published' }
): Promise<Snapshot | null> => {
  const stored = (await strapi.documents(ARTICLE).findOne({
    documentId: where.documentId,
    locale: where.locale,
    status: where.status,
    populate: populateFor(strapi, ARTICLE),
  } as Parameters<ReturnType<typeof strapi.documents<typeof ARTICLE>>['findOne']>[0])) as Stored | null;
  return stored ? captureFields(strapi, ARTICLE, stored) : null;
};

/** Plain text of a rich-text (blocks) value: each block's text on its own line. */
export const plainText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  const textOf = (node: unknown): string => {
    if (!node || typeof node !== 'object') return '';
    const { text, children } = node as { text?: unknown; children?: unknown };
    if (typeof text === 'string') return text;
    return Array.isArray(children) ? children.map(textOf).join('') : '';
  };
  return value.map(textOf).join('\n');
};

/** A line an editor reads in the list: the headline, how many blocks, how many words. */
export const summaryOf = (snapshot: Snapshot): string => {
  const blocks = Array.isArray(snapshot.body) ? (snapshot.body as Block[]) : [];
  const words = blocks
    .map((block) => `${plainText(block.text)} ${typeof block.words === 'string' ? block.words : ''}`)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  const title = typeof snapshot.title === 'string' ? snapshot.title : '';
  return `${title} · ${blocks.length} block${blocks.length === 1 ? '' : 's'} · ${words} word${words === 1 ? '' : 's'}`;
};
