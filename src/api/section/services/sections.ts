import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { NameAndSlug, Teaser } from '../../article/assembly/teaser';
import { service } from '../../../services';
import { documentTag, listTag, SECTIONS_TAG } from '../../../article-cache/page-tags';
import type { SectionArticlesRequest } from '../query';

/**
 * The sections (World > Asia) and their fronts. Sections are few (tens), so every request reads
 * them all in one query and its parent links in a second, and builds the tree in memory: the
 * descendants of a section are known before its articles are read, whatever the depth.
 */

export interface SectionNode {
  name: string;
  slug: string;
  description: string | null;
  order: number;
  children: SectionNode[];
}

export type SectionSummary = Omit<SectionNode, 'children'>;

/** One step of an article's breadcrumb. */
export interface SectionCrumb {
  documentId: string;
  name: string;
  slug: string;
}

interface SectionRow {
  id: number;
  documentId: string;
  locale: string;
  name: string;
  slug: string;
  description?: string | null;
  order?: number | null;
  parent?: { documentId: string } | null;
}

interface Section extends SectionSummary {
  documentId: string;
  parent: string | null;
}

const SECTION = 'api::section.section';

/** One section per document: named in the locale asked, else in the default locale (then any). */
const sectionsIn = (rows: SectionRow[], locale: string, fallback: string): Map<string, Section> => {
  const versions = new Map<string, SectionRow[]>();
  for (const row of rows) versions.set(row.documentId, [...(versions.get(row.documentId) ?? []), row]);
  const sections = new Map<string, Section>();
  for (const [documentId, all] of versions) {
    const pick = (code: string) => all.find((row) => row.locale === code);
    const named = pick(locale) ?? pick(fallback) ?? all[0];
    // The address and the place in the tree are the document's, whatever the locale (i18n keeps
    // uid and relation fields per locale version: the default locale's version decides).
    const shared = pick(fallback) ?? named;
    sections.set(documentId, {
      documentId,
      name: named.name,
      slug: shared.slug,
      description: named.description?.trim() || null,
      order: shared.order ?? 0,
      parent: shared.parent?.documentId ?? all.find((row) => row.parent)?.parent?.documentId ?? null,
    });
  }
  return sections;
};

const summary = ({ name, slug, description, order }: Section): SectionSummary => ({ name, slug, description, order });

const byOrderThenName = (a: Section, b: Section) => a.order - b.order || a.name.localeCompare(b.name);

/** A section and everything under it (a cycle made in the admin panel is read once, not forever). */
const descendantsOf = (root: string, sections: Map<string, Section>): string[] => {
  const found = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const section of sections.values()) {
      if (section.parent && found.has(section.parent) && !found.has(section.documentId)) {
        found.add(section.documentId);
        grew = true;
      }
    }
  }
  return [...found];
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const locales = (asked?: string) => service(strapi, 'api::article.lookup').listLocale(asked);

  const readSections = async (locale: string, fallback: string): Promise<Map<string, Section>> => {
    const rows = (await strapi.db.query(SECTION).findMany({
      select: ['id', 'documentId', 'locale', 'name', 'slug', 'description', 'order'],
      populate: { parent: { select: ['documentId'] } },
    })) as SectionRow[];
    return sectionsIn(rows, locale, fallback);
  };

  return {
    /** A section and its ancestors, root first (World > Asia), named in the locale asked: an article's breadcrumb. */
    async pathOf(documentId: string | null | undefined, asked: string): Promise<SectionCrumb[]> {
      if (!documentId) return [];
      const { locale, fallback } = await locales(asked);
      const sections = await readSections(locale, fallback);
      const path: SectionCrumb[] = [];
      for (let at = sections.get(documentId); at && !path.some((crumb) => crumb.documentId === at?.documentId); at = at.parent ? sections.get(at.parent) : undefined) {
        path.unshift({ documentId: at.documentId, name: at.name, slug: at.slug });
      }
      return path;
    },

    /** The whole tree, roots first, each level by `order` then name. */
    async tree(asked?: string): Promise<SectionNode[]> {
      const { locale, fallback } = await locales(asked);
      const sections = await readSections(locale, fallback);
      const build = (parent: string | null, seen: Set<string>): SectionNode[] =>
        [...sections.values()]
          .filter((s) => s.parent === parent || (parent === null && s.parent !== null && !sections.has(s.parent)))
          .filter((s) => !seen.has(s.documentId))
          .sort(byOrderThenName)
          .map((s) => ({ ...summary(s), children: build(s.documentId, new Set([...seen, s.documentId])) }));
      return build(null, new Set());
    },

    /** A section's front: teasers of its articles and its subsections', a page at a time. */
    async articles(
      request: SectionArticlesRequest
    ): Promise<{ section: SectionSummary; items: Teaser[]; nextCursor: string | null; sources: string[] }> {
      const { locale, fallback } = await locales(request.locale);
      const sections = await readSections(locale, fallback);
      const found = [...sections.values()].find((s) => s.slug === request.slug);
      if (!found) throw new errors.NotFoundError(`No section "${request.slug}".`);

      // Primary or further section, of the section or any under it.
      const within = descendantsOf(found.documentId, sections);
      const { ids, nextCursor } = await service(strapi, 'api::article.listing').pageOfVersions({
        through: ['section', 'sections'],
        targets: within,
        locale,
        after: request.after,
        limit: request.pageSize,
      });
      const sectionNames = new Map<string, NameAndSlug>([...sections.values()].map((s) => [s.documentId, { name: s.name, slug: s.slug }]));
      const { teasers, sources } = await service(strapi, 'api::article.teasers').forVersions(ids, { sectionNames });
      return {
        section: summary(found),
        items: teasers,
        nextCursor,
        sources: [SECTIONS_TAG, documentTag('section', found.documentId), ...within.map((d) => listTag('section', d)), ...sources],
      };
    },

    /**
     * A front's automatic part, as ids for the caller to build teasers with its own: the latest
     * published versions of a section and its descendants (for the home front, `slug: null`, of
     * every article with a primary section), leaving out `excluding` (the front's picks), a keyset page at a time. Reads
     * `limit + excluding.size` versions so a page stays full however many picks it meets; `more`
     * says whether anything follows the last id (its position is the caller's next cursor).
     */
    async latestVersions(request: {
      slug: string | null;
      locale?: string;
      after?: SectionArticlesRequest['after'];
      limit: number;
      excluding: ReadonlySet<number>;
    }): Promise<{
      locale: string;
      section: SectionSummary | null;
      sectionNames: Map<string, NameAndSlug>;
      ids: number[];
      more: boolean;
      /** The section's documentId; null for home. */
      sectionId: string | null;
      /** The tree and the lists this part follows, as cache tags. */
      sources: string[];
    }> {
      const { locale, fallback } = await locales(request.locale);
      const sections = await readSections(locale, fallback);
      const found = request.slug === null ? null : [...sections.values()].find((s) => s.slug === request.slug);
      if (found === undefined) throw new errors.NotFoundError(`No section "${request.slug}".`);
      const sectionNames = new Map<string, NameAndSlug>([...sections.values()].map((s) => [s.documentId, { name: s.name, slug: s.slug }]));
      const within = found ? descendantsOf(found.documentId, sections) : [...sections.keys()];
      const sources = [SECTIONS_TAG, ...(found ? [documentTag('section', found.documentId)] : []), ...within.map((d) => listTag('section', d))];
      if (request.limit === 0 || within.length === 0) {
        return { locale, section: found && summary(found), sectionId: found?.documentId ?? null, sectionNames, ids: [], more: false, sources };
      }
      // Home takes the articles whose primary section is any section: one without a primary
      // section (a row from before publishing required one) is no section's news, even with
      // further sections. A section's front takes further sections too.
      const page = await service(strapi, 'api::article.listing').pageOfVersions({
        through: found ? ['section', 'sections'] : ['section'],
        targets: within,
        locale,
        after: request.after,
        limit: request.limit + request.excluding.size,
      });
      const kept = page.ids.filter((id) => !request.excluding.has(id));
      return {
        locale,
        section: found && summary(found),
        sectionNames,
        ids: kept.slice(0, request.limit),
        more: kept.length > request.limit || page.nextCursor !== null,
        sectionId: found?.documentId ?? null,
        sources,
      };
    },
  };
};
