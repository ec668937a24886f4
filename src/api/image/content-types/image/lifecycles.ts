import type { Core } from '@strapi/strapi';
import { focalProblem } from '../../crops/geometry';
import { fieldError } from '../../../../validation/field-error';
import { service } from '../../../../services';

/**
 * An Image's focal point (focalX, focalY: 0 to 1 from the top left) on every write path: a value
 * outside 0..1 is a 400 that writes nothing (the admin panel's own min/max do not hold for
 * strapi.db.query); after a write, the photo's crops follow it (api::image.crops).
 */
declare const strapi: Core.Strapi;

type Data = Record<string, unknown>;
interface WriteEvent {
  params: { data?: Data | Data[] };
  result?: unknown;
}

const each = (data: Data | Data[] | undefined): Data[] => (Array.isArray(data) ? data : data ? [data] : []);

const checkFocalPoint = (event: WriteEvent) => {
  for (const row of each(event.params.data)) {
    for (const field of ['focalX', 'focalY'] as const) {
      const problem = focalProblem(row[field]);
      if (problem) throw fieldError(field, `The focal point's ${field === 'focalX' ? 'across (focalX)' : 'down (focalY)'} ${problem}.`);
    }
  }
};

const rowIds = (result: unknown): number[] =>
  (Array.isArray(result) ? result : [result]).flatMap((row) => (row && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'number' ? [(row as { id: number }).id] : []));

const followFocalPoint = async (event: WriteEvent) => {
  const crops = service(strapi, 'api::image.crops');
  for (const id of rowIds(event.result)) await crops.follow(id);
};

export default {
  beforeCreate: checkFocalPoint,
  beforeUpdate: checkFocalPoint,
  beforeCreateMany: checkFocalPoint,
  beforeUpdateMany: checkFocalPoint,
  afterCreate: followFocalPoint,
  afterUpdate: followFocalPoint,
};
