/**
 * What a write does to a comment's article relation, in every form Strapi accepts it: an id or
 * documentId (strapi.db.query), `{ set | connect | disconnect }` (document service, REST, admin
 * panel), a list, or null. Strapi does not enforce required relations, so the hooks ask this.
 */
export type RelationChange = 'keep' | 'link' | 'unlink';

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

const links = (value: unknown): boolean => {
  if (isEmpty(value)) return false;
  if (typeof value === 'number' || typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(links);
  if (typeof value === 'object') {
    const ref = value as { id?: unknown; documentId?: unknown };
    return Boolean(ref.id || ref.documentId);
  }
  return false;
};

export const articleRelationChange = (value: unknown): RelationChange => {
  if (value === undefined) return 'keep';
  if (value === null || typeof value !== 'object') return links(value) ? 'link' : 'unlink';
  if (Array.isArray(value)) return links(value) ? 'link' : 'unlink';
  const relation = value as { set?: unknown; connect?: unknown; disconnect?: unknown; id?: unknown; documentId?: unknown };
  if ('set' in relation) return links(relation.set) ? 'link' : 'unlink';
  if (links(relation.connect)) return 'link';
  if ('id' in relation || 'documentId' in relation) return links(relation) ? 'link' : 'unlink';
  // A manyToOne holds one article: disconnecting without connecting another removes it.
  if (!isEmpty(relation.disconnect)) return 'unlink';
  return 'keep';
};

/** The targets a relation value links, in any of those forms: ids and documentIds. */
export const linkedTargets = (value: unknown): { ids: number[]; documentIds: string[] } => {
  const found = { ids: [] as number[], documentIds: [] as string[] };
  const visit = (item: unknown): void => {
    if (typeof item === 'number') found.ids.push(item);
    else if (typeof item === 'string' && item) (/^\d+$/.test(item) ? found.ids.push(Number(item)) : found.documentIds.push(item));
    else if (Array.isArray(item)) item.forEach(visit);
    else if (item && typeof item === 'object') {
      const ref = item as { id?: unknown; documentId?: unknown; set?: unknown; connect?: unknown };
      if (ref.set !== undefined) visit(ref.set);
      if (ref.connect !== undefined) visit(ref.connect);
      if (typeof ref.id === 'number' || typeof ref.id === 'string') visit(ref.id);
      else if (typeof ref.documentId === 'string') found.documentIds.push(ref.documentId);
    }
  };
  visit(value);
  return found;
};

/** A create must link an article; an update may keep it or move it, never remove it. */
export const keepsAnArticle = (value: unknown, mode: 'create' | 'update'): boolean => {
  const change = articleRelationChange(value);
  return mode === 'create' ? change === 'link' : change !== 'unlink';
};
