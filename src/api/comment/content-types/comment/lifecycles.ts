import { enforceCommentFields } from '../../rules';

/**
 * Database lifecycle hooks: the one layer every comment write crosses (REST, the admin UI's
 * content manager, the document service and strapi.db.query alike), so the comment rules live
 * here and cannot be bypassed by a new route or a script.
 */
type Data = Record<string, unknown>;
interface WriteEvent {
  params: { data: Data | Data[] };
}

const each = (data: Data | Data[]): Data[] => (Array.isArray(data) ? data : [data]);

export default {
  beforeCreate(event: WriteEvent) {
    each(event.params.data).forEach((row) => enforceCommentFields(row, 'create'));
  },
  beforeCreateMany(event: WriteEvent) {
    each(event.params.data).forEach((row) => enforceCommentFields(row, 'create'));
  },
  beforeUpdate(event: WriteEvent) {
    each(event.params.data).forEach((row) => enforceCommentFields(row, 'update'));
  },
  beforeUpdateMany(event: WriteEvent) {
    each(event.params.data).forEach((row) => enforceCommentFields(row, 'update'));
  },
};
