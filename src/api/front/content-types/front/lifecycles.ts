import type { Core } from '@strapi/strapi';
import { articleRelationChange } from '../../../comment/rules/article';
import { fieldError } from '../../../../validation/field-error';

/**
 * One home front (no section) and one front per section, on every write path: REST, the admin
 * panel, the document service and strapi.db.query all cross these hooks. Checked before the write,
 * so a refused write leaves nothing behind (a check after it would leave a strapi.db.query create,
 * which runs outside any transaction, in place). Fronts are few (one per section), so all are read.
 */
declare const strapi: Core.Strapi;

const FRONT = 'api::front.front';
const SECTION = 'api::section.section';

type Data = Record<string, unknown>;
interface WriteEvent {
  params: { data?: Data; where?: Record<string, unknown> };
}
type Ref = { id?: unknown; documentId?: unknown } | number | string;

/** The section a write links, in any form Strapi accepts a relation (the last one connected wins). */
const linkedRef = (value: unknown): Ref | null => {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? linkedRef(value[value.length - 1]) : null;
  if (value && typeof value === 'object') {
    const relation = value as { set?: unknown; connect?: unknown; id?: unknown; documentId?: unknown };
    if ('set' in relation) return linkedRef(relation.set);
    if (relation.connect !== undefined && articleRelationChange({ connect: relation.connect }) === 'link') return linkedRef(relation.connect);
    if (relation.id !== undefined || relation.documentId !== undefined) return relation as Ref;
  }
  return null;
};

/** The section document a reference names: a row id (the database layer) or a documentId. */
const sectionDocument = async (ref: Ref): Promise<string | null> => {
  const documentId = typeof ref === 'object' ? ref.documentId : undefined;
  if (typeof documentId === 'string' && documentId) return documentId;
  const id = typeof ref === 'object' ? ref.id : ref;
  // A bare string is a documentId unless it is all digits (an id given as text).
  if (typeof id === 'string' && !/^\d+$/.test(id)) return id;
  const row = (await strapi.db.query(SECTION).findOne({ select: ['documentId'], where: { id: Number(id) } })) as { documentId: string } | null;
  return row?.documentId ?? null;
};

interface FrontRow {
  id: number;
  section?: { documentId: string } | null;
}

const check = async (event: WriteEvent, mode: 'create' | 'update') => {
  const data = event.params.data ?? {};
  const change = articleRelationChange(data.section);
  if (mode === 'update' && change === 'keep') return; // the front stays where it is

  const fronts = (await strapi.db.query(FRONT).findMany({
    select: ['id'],
    populate: { section: { select: ['documentId'] } },
  })) as FrontRow[];
  const where = event.params.where ?? {};
  const self = mode === 'update' && (typeof where.id === 'number' || typeof where.id === 'string') ? Number(where.id) : null;

  const ref = change === 'link' ? linkedRef(data.section) : null;
  const target = ref === null ? null : await sectionDocument(ref);
  const taken = fronts.some((front) => front.id !== self && (front.section?.documentId ?? null) === target);
  if (taken) {
    throw fieldError(
      'section',
      target === null ? 'There is already a home front (a front without a section).' : 'This section already has a front.'
    );
  }
};

export default {
  beforeCreate: (event: WriteEvent) => check(event, 'create'),
  beforeUpdate: (event: WriteEvent) => check(event, 'update'),
};
