import type { Core } from '@strapi/strapi';
import { proposeSlug } from '.';

/**
 * The content manager's slug generator (its `uid` service: the edit view's auto-fill of an empty
 * slug and its regenerate button, both `POST /content-manager/uid/generate`) follows the article
 * slug rule: for a new locale version the document's slug, else the headline's Latin words, never
 * Strapi's transliteration. Other types and fields keep Strapi's generator. The service object is
 * the one the content manager's controller asks for, so wrapping its method is enough.
 */
const ARTICLE = 'api::article.article';

interface GenerateArgs {
  contentTypeUID: string;
  field: string;
  data: Record<string, unknown>;
  locale?: string | null;
}
interface UidService {
  generateUIDField(args: GenerateArgs): Promise<string>;
}

const wrapped = new WeakSet<UidService>();

export const followArticleSlugRuleInAdminPanel = (strapi: Core.Strapi): void => {
  const uid = strapi.plugin('content-manager').service('uid') as UidService;
  if (wrapped.has(uid)) return;
  wrapped.add(uid);
  const strapis = uid.generateUIDField.bind(uid);
  uid.generateUIDField = async (args: GenerateArgs) => {
    if (args.contentTypeUID !== ARTICLE || args.field !== 'slug') return strapis(args);
    // The edit view sends the document's id as `id` (empty for a new document).
    const documentId = typeof args.data.id === 'string' && args.data.id ? args.data.id : null;
    return proposeSlug(strapi, { documentId, locale: args.locale ?? null, title: args.data.title });
  };
};
