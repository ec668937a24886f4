import type { Core } from '@strapi/strapi';
import type { StoredArticle } from '../assembly/document';
import type { Teaser } from '../assembly/teaser';
import type { SectionCrumb } from '../../section/services/sections';
import { documentTag, listTag } from '../../../article-cache/page-tags';
import { service } from '../../../services';

/**
 * Where an article sits in the site: its section path (the breadcrumb, World > Asia) and up to
 * five related articles (the newest others in its primary section or with one of its tags).
 * Worked out when its stored document is built and kept in it, so an uncached reader does not pay
 * for them; the stored document carries what they follow (the sections named, the lists the
 * related ones come from, the documents they show) and is rebuilt when any of it changes: a new
 * story in the same section or tag changes "related", so it drops the stored documents there.
 */

export const RELATED_ARTICLES = 5;

export interface Placement {
  sectionPath: SectionCrumb[];
  related: Teaser[];
  /** What the placement shows and follows, as cache tags. */
  sources: string[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async of(article: StoredArticle & { id?: number }): Promise<Placement> {
    const primary = article.section?.documentId ?? null;
    const tags = (article.tags ?? []).map((tag) => tag.documentId);
    const sectionPath = await service(strapi, 'api::section.sections').pathOf(primary, article.locale);

    // Primary or further section of the others, or a tag in common; one more than shown, less itself.
    const targets = [...(primary ? [primary] : []), ...tags];
    const { ids } = await service(strapi, 'api::article.listing').pageOfVersions({
      through: ['section', 'sections', 'tags'],
      targets,
      locale: article.locale,
      limit: RELATED_ARTICLES + 1,
    });
    const { teasers, sources } = await service(strapi, 'api::article.teasers').forVersions(ids);
    const related = teasers.filter((teaser) => teaser.documentId !== article.documentId).slice(0, RELATED_ARTICLES);

    return {
      sectionPath,
      related,
      sources: [
        ...sectionPath.map((crumb) => documentTag('section', crumb.documentId)),
        ...(primary ? [listTag('section', primary)] : []),
        ...tags.map((tag) => listTag('tag', tag)),
        ...sources,
      ],
    };
  },
});
