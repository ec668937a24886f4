import type { Core } from '@strapi/strapi';
import type assembledArticle from './api/article/services/assembled-article';
import type listing from './api/article/services/listing';
import type lookup from './api/article/services/lookup';
import type placement from './api/article/services/placement';
import type redirects from './api/article/services/redirects';
import type schedule from './api/article/services/schedule';
import type storedDocuments from './api/article/services/stored-documents';
import type teasers from './api/article/services/teasers';
import type versions from './api/article/services/versions';
import type authorPage from './api/author/services/page';
import type fronts from './api/front/services/fronts';
import type rulesInForce from './api/comment-setting/services/rules-in-force';
import type desk from './api/comment/services/desk';
import type moderation from './api/comment/services/moderation';
import type moderators from './api/comment/services/moderators';
import type reports from './api/comment/services/reports';
import type submission from './api/comment/services/submission';
import type tallies from './api/comment/services/tallies';
import type thread from './api/comment/services/thread';
import type standing from './api/commenter/services/standing';
import type voting from './api/reaction/services/voting';
import type sections from './api/section/services/sections';
import type tagPage from './api/tag/services/page';

/**
 * The newsroom's own services, typed: `service(strapi, 'api::article.lookup').findPublished(...)`
 * is checked by the compiler, where `strapi.service(uid)` answers an untyped object. Type-only
 * imports: nothing here runs at import time, so no service module imports another's code.
 */
type Made<Factory> = Factory extends (...args: never[]) => infer Service ? Service : never;

export interface NewsroomServices {
  'api::article.assembled-article': Made<typeof assembledArticle>;
  'api::article.listing': Made<typeof listing>;
  'api::article.lookup': Made<typeof lookup>;
  'api::article.placement': Made<typeof placement>;
  'api::article.redirects': Made<typeof redirects>;
  'api::article.schedule': Made<typeof schedule>;
  'api::article.stored-documents': Made<typeof storedDocuments>;
  'api::article.teasers': Made<typeof teasers>;
  'api::article.versions': Made<typeof versions>;
  'api::author.page': Made<typeof authorPage>;
  'api::comment-setting.rules-in-force': Made<typeof rulesInForce>;
  'api::comment.desk': Made<typeof desk>;
  'api::comment.moderation': Made<typeof moderation>;
  'api::comment.moderators': Made<typeof moderators>;
  'api::comment.reports': Made<typeof reports>;
  'api::comment.submission': Made<typeof submission>;
  'api::comment.tallies': Made<typeof tallies>;
  'api::comment.thread': Made<typeof thread>;
  'api::commenter.standing': Made<typeof standing>;
  'api::front.fronts': Made<typeof fronts>;
  'api::reaction.voting': Made<typeof voting>;
  'api::section.sections': Made<typeof sections>;
  'api::tag.page': Made<typeof tagPage>;
}

export const service = <Uid extends keyof NewsroomServices>(strapi: Core.Strapi, uid: Uid): NewsroomServices[Uid] =>
  strapi.service(uid) as unknown as NewsroomServices[Uid];
