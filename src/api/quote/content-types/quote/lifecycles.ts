import { checkQuoteWrite } from '../../rules/complete-quote';

/**
 * A Quote needs its words and speaker on every write path: the document service (and REST and the
 * admin panel through it) and strapi.db.query all cross these hooks, before the row is written.
 * The schema's `required` on text is enforced by the document service only, and a required
 * relation by nothing, so the rule is here.
 */
type Data = Record<string, unknown>;
interface WriteEvent {
  params: { data?: Data | Data[] };
}

const each = (data: Data | Data[] | undefined): Data[] => (Array.isArray(data) ? data : data ? [data] : []);

const checkCreate = (event: WriteEvent) => {
  for (const row of each(event.params.data)) checkQuoteWrite(row, 'create');
};
const checkUpdate = (event: WriteEvent) => {
  for (const row of each(event.params.data)) checkQuoteWrite(row, 'update');
};

export default {
  beforeCreate: checkCreate,
  beforeCreateMany: checkCreate,
  beforeUpdate: checkUpdate,
  beforeUpdateMany: checkUpdate,
};
