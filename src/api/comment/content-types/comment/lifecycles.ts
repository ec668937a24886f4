import { errors } from '@strapi/utils';
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

const ARTICLE_REQUIRED = 'A comment belongs to an article: the article field is required.';

/**
 * Strapi does not enforce required relations, so this does. The relation arrives as an id
 * (strapi.db.query) or as { set | connect: [{ id }] } (document service, REST, admin UI).
 */
const linksAnArticle = (value: unknown): boolean => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return true;
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') {
    const relation = value as { id?: unknown; documentId?: unknown; set?: unknown[]; connect?: unknown[] };
    return Boolean(relation.id || relation.documentId || relation.set?.length || relation.connect?.length);
  }
  return false;
};

const enforceArticle = (data: Data, mode: 'create' | 'update'): void => {
  // An update that does not touch the relation keeps the article it has.
  if (mode === 'update' && (!('article' in data) || data.article === undefined)) return;
  if (mode === 'update' && data.article && typeof data.article === 'object' && !('set' in (data.article as object))) return;
  if (!linksAnArticle(data.article)) {
    throw new errors.ValidationError(ARTICLE_REQUIRED, {
      errors: [{ path: ['article'], message: ARTICLE_REQUIRED, name: 'ValidationError' }],
    });
  }
};

const enforce = (mode: 'create' | 'update') => (event: WriteEvent) => {
  for (const row of each(event.params.data)) {
    enforceCommentFields(row, mode);
    enforceArticle(row, mode);
  }
};

export default {
  beforeCreate: enforce('create'),
  beforeCreateMany: enforce('create'),
  beforeUpdate: enforce('update'),
  beforeUpdateMany: enforce('update'),
};
