import type { Core, UID } from '@strapi/strapi';
import { SCHEDULE_FIELDS } from '../schedule/rules';
import { ARTICLE, attributesOf, contentAttributes, type AttributeLike, type Block, type Linked, type MediaFile, type Snapshot } from './snapshot';

/**
 * A version's content as the data of a document-service update of the draft. Relations and files
 * that no longer exist are left out, each with a warning an editor reads. The slug is not restored:
 * it is the article's address in every locale, which the slug rule moves (with its redirects), not
 * a version's content. Notes to readers are not restored either: they are an append-only record
 * (../corrections), and a restore must neither drop a later correction nor re-date an earlier one.
 * Nor is the schedule: when a story goes out is today's decision, not part of an old version.
 */
const NOT_RESTORED = new Set(['slug', 'corrections', ...SCHEDULE_FIELDS]);

type Data = Record<string, unknown>;

const linkedList = (value: unknown): Linked[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is Linked => !!item && typeof (item as Linked).documentId === 'string');
const fileList = (value: unknown): MediaFile[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is MediaFile => !!item && typeof (item as MediaFile).id === 'number');

interface Restoring {
  strapi: Core.Strapi;
  warnings: string[];
}

const stillThere = async ({ strapi }: Restoring, target: string, linked: Linked): Promise<boolean> =>
  !!(await strapi.db.query(target as UID.Schema).findOne({
    select: ['id'],
    where: { documentId: linked.documentId, ...(linked.locale ? { locale: linked.locale } : {}) },
  }));

const where = (path: string[]) => path.join(' › ');

const restoreRelation = async (restoring: Restoring, path: string[], attribute: AttributeLike, value: unknown, asDocumentId: boolean) => {
  const kept: Linked[] = [];
  for (const linked of linkedList(value)) {
    if (await stillThere(restoring, attribute.target as string, linked)) kept.push(linked);
    else restoring.warnings.push(`${where(path)}: “${linked.label}” no longer exists and was left out.`);
  }
  const links = kept.map(({ documentId, locale }) => (locale ? { documentId, locale } : { documentId }));
  if (asDocumentId) return /ToMany$/.test(attribute.relation ?? '') ? kept.map((linked) => linked.documentId) : (kept[0]?.documentId ?? null);
  if (/ToMany$/.test(attribute.relation ?? '')) return { set: links };
  return links[0] ? { set: links } : null;
};

const restoreMedia = async (restoring: Restoring, path: string[], attribute: AttributeLike, value: unknown) => {
  const kept: number[] = [];
  for (const file of fileList(value)) {
    if (await restoring.strapi.db.query('plugin::upload.file').findOne({ select: ['id'], where: { id: file.id } })) kept.push(file.id);
    else restoring.warnings.push(`${where(path)}: the file “${file.name}” no longer exists and was left out.`);
  }
  return attribute.multiple ? kept : (kept[0] ?? null);
};

const restoreFields = async (restoring: Restoring, path: string[], uid: string, snapshot: Snapshot, inComponent: boolean): Promise<Data> => {
  const data: Data = {};
  for (const [name, attribute] of contentAttributes(restoring.strapi, uid)) {
    if (!(name in snapshot) || (!inComponent && NOT_RESTORED.has(name))) continue;
    data[name] = await restoreValue(restoring, [...path, name], attribute, snapshot[name], inComponent);
  }
  return data;
};

const restoreValue = async (restoring: Restoring, path: string[], attribute: AttributeLike, value: unknown, inComponent: boolean): Promise<unknown> => {
  if (attribute.type === 'relation' && attribute.target) return restoreRelation(restoring, path, attribute, value, inComponent);
  if (attribute.type === 'media') return restoreMedia(restoring, path, attribute, value);
  if (attribute.type === 'component' && attribute.component) {
    const component = attribute.component;
    if (attribute.repeatable) {
      const items = Array.isArray(value) ? (value as Snapshot[]) : [];
      return Promise.all(items.map((item, index) => restoreFields(restoring, [...path, String(index + 1)], component, item, true)));
    }
    return value && typeof value === 'object' ? restoreFields(restoring, path, component, value as Snapshot, true) : null;
  }
  if (attribute.type === 'dynamiczone') {
    const blocks = (Array.isArray(value) ? (value as Block[]) : []).filter((block) => Object.keys(attributesOf(restoring.strapi, block.__component)).length > 0);
    const restored: Data[] = [];
    for (const [index, block] of blocks.entries())
      restored.push({ __component: block.__component, ...(await restoreFields(restoring, [...path, `block ${index + 1}`], block.__component, block, true)) });
    return restored;
  }
  return value ?? null;
};

/** The update data that puts `snapshot` back into an article's draft, and what could not be put back. */
export const restoreData = async (strapi: Core.Strapi, snapshot: Snapshot): Promise<{ data: Data; warnings: string[] }> => {
  const restoring: Restoring = { strapi, warnings: [] };
  const data = await restoreFields(restoring, [], ARTICLE, snapshot, false);
  return { data, warnings: restoring.warnings };
};
