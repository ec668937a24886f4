import { isDeepStrictEqual } from 'node:util';
import type { AttributeLike, Block, Linked, Snapshot } from './snapshot';
import { plainText } from './snapshot';
import { wordDiff, type WordPart } from './words';

/**
 * Two versions compared field by field: only what changed is listed. Text (strings and rich text)
 * as word-level insertions and deletions; relations as what was linked and unlinked; body blocks
 * by position, each changed block with its own changed fields; anything else as before and after.
 * Pure: the schema's attributes are given, so the table of cases in __tests__ needs no app.
 */
export type FieldChange =
  | { field: string; kind: 'text'; before: string; after: string; words: WordPart[] }
  | { field: string; kind: 'relation'; added: Linked[]; removed: Linked[] }
  | { field: string; kind: 'value'; before: unknown; after: unknown }
  | { field: string; kind: 'blocks'; blocks: BlockChange[] };

export interface BlockChange {
  position: number;
  change: 'added' | 'removed' | 'changed';
  component: string;
  /** The component the block had before, when another kind of block took its place. */
  componentBefore?: string;
  fields: FieldChange[];
}

export type AttributesOf = (uid: string) => Record<string, AttributeLike>;

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'blocks']);

const linkedList = (value: unknown): Linked[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is Linked => !!item && typeof (item as Linked).documentId === 'string');

const keyOf = (linked: Linked) => `${linked.documentId}|${linked.locale ?? ''}`;

const asText = (attribute: AttributeLike | undefined, value: unknown): string =>
  attribute?.type === 'blocks' ? plainText(value) : value === null || value === undefined ? '' : String(value);

const fieldChange = (field: string, attribute: AttributeLike | undefined, before: unknown, after: unknown, attributesOf: AttributesOf): FieldChange | null => {
  if (isDeepStrictEqual(before ?? null, after ?? null)) return null;
  const type = attribute?.type;
  if (type && TEXT_TYPES.has(type)) {
    const [a, b] = [asText(attribute, before), asText(attribute, after)];
    if (a === b) return null;
    return { field, kind: 'text', before: a, after: b, words: wordDiff(a, b) };
  }
  if (type === 'relation') {
    const [a, b] = [linkedList(before), linkedList(after)];
    const had = new Set(a.map(keyOf));
    const has = new Set(b.map(keyOf));
    const added = b.filter((linked) => !had.has(keyOf(linked)));
    const removed = a.filter((linked) => !has.has(keyOf(linked)));
    return added.length || removed.length ? { field, kind: 'relation', added, removed } : null;
  }
  if (type === 'dynamiczone') {
    const blocks = compareBlocks((before ?? []) as Block[], (after ?? []) as Block[], attributesOf);
    return blocks.length ? { field, kind: 'blocks', blocks } : null;
  }
  if (type === 'component' && attribute?.component && attribute.repeatable) {
    const tag = (items: unknown) => ((items ?? []) as Snapshot[]).map((item) => ({ __component: attribute.component as string, ...item }));
    const blocks = compareBlocks(tag(before), tag(after), attributesOf);
    return blocks.length ? { field, kind: 'blocks', blocks } : null;
  }
  return { field, kind: 'value', before: before ?? null, after: after ?? null };
};

/** The changed fields between two snapshots of one schema. */
export const compareFields = (before: Snapshot, after: Snapshot, attributes: Record<string, AttributeLike>, attributesOf: AttributesOf): FieldChange[] => {
  const names = [...new Set([...Object.keys(attributes), ...Object.keys(before), ...Object.keys(after)])].filter((name) => name !== '__component');
  return names
    .filter((name) => name in before || name in after)
    .map((name) => fieldChange(name, attributes[name], before[name], after[name], attributesOf))
    .filter((change): change is FieldChange => change !== null);
};

/** Body blocks by position: the first block with the first, and so on. */
export const compareBlocks = (before: Block[], after: Block[], attributesOf: AttributesOf): BlockChange[] => {
  const changes: BlockChange[] = [];
  for (let position = 0; position < Math.max(before.length, after.length); position += 1) {
    const [a, b] = [before[position], after[position]];
    const component = (b ?? a).__component;
    const attributes = { ...(a ? attributesOf(a.__component) : {}), ...(b ? attributesOf(b.__component) : {}) };
    const fields = compareFields(a ?? {}, b ?? {}, attributes, attributesOf);
    if (!a) changes.push({ position, change: 'added', component, fields });
    else if (!b) changes.push({ position, change: 'removed', component, fields });
    else if (a.__component !== b.__component) changes.push({ position, change: 'changed', component, componentBefore: a.__component, fields });
    else if (fields.length) changes.push({ position, change: 'changed', component, fields });
  }
  return changes;
};
