import type { Core } from '@strapi/strapi';
import { ensureLocales } from './locales';
import { grantReaderPermissions } from './public-permissions';
import { closePublicRegistration } from './registration';
import { keepDraftsFromReaders } from '../readers/published-only';
import { makeQuotesInPlace } from '../api/quote/rules/quote-in-place';
import { arrangeAdminLayouts } from './admin-layouts';
import { announceUrls } from './announce';
import { ensureModeratorRoles } from './moderator-roles';
import { ensureEditorRole } from './editor-role';
import { seedDemoIfWanted } from '../demo/seed';
import { service } from '../services';
import { shareWhatTranslationsShare } from '../api/article/translations';
import { startCopiesClean } from '../api/article/schedule';
import { followArticleSlugRuleInAdminPanel } from '../api/article/slug/admin-generator';
import { keepCorrectionsOnRecord } from '../api/article/corrections';
import { recordArticleVersions } from '../api/article/versions/record';
import { serveArticleVersions } from '../api/article/versions/admin-routes';
import { serveModerationDesk } from '../api/comment/desk/admin-routes';

/** Everything here is idempotent: it writes only what is missing, so every start may run it. */
export const bootstrapNewsroom = async (strapi: Core.Strapi): Promise<void> => {
  // First: the outermost middleware, so a version is recorded in the transaction of the whole write.
  recordArticleVersions(strapi);
  keepDraftsFromReaders(strapi);
  makeQuotesInPlace(strapi);
  shareWhatTranslationsShare(strapi);
  followArticleSlugRuleInAdminPanel(strapi);
  keepCorrectionsOnRecord(strapi);
  serveArticleVersions(strapi);
  serveModerationDesk(strapi);
  startCopiesClean(strapi);
  await ensureLocales(strapi);
  await ensureModeratorRoles(strapi);
  await ensureEditorRole(strapi);
  await grantReaderPermissions(strapi);
  await closePublicRegistration(strapi);
  await service(strapi, 'api::comment-setting.rules-in-force').ensureExists();
  await arrangeAdminLayouts(strapi);
  await seedDemoIfWanted(strapi);
  announceUrls(strapi);
};
