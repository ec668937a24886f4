import type { Core } from '@strapi/strapi';
import { discussionKey } from '../../comment/tallies';
import { toTeaser, type NameAndSlug, type Teaser, type TeaserRow } from '../assembly/teaser';
import { service } from '../../../services';
import { documentTag } from '../../../article-cache/page-tags';
import { mediaBase } from '../../../site/public-origin';

/** Teasers and the documents they show, as cache tags (a list page carries them). */
export interface TeaserPage {
  teasers: Teaser[];
  sources: string[];
}

type ShownRow = TeaserRow & {
  byline?: Array<{ documentId?: string; name: string; slug: string }> | null;
};

const sourcesOfRows = (rows: ShownRow[]): string[] => {
  const tags = new Set<string>();
  for (const row of rows) {
    tags.add(documentTag('article', row.documentId));
    for (const author of row.byline ?? []) if (author.documentId) tags.add(documentTag('author', author.documentId));
    if (row.heroImage?.documentId) tags.add(documentTag('image', row.heroImage.documentId));
    if (row.heroImage?.file?.documentId) tags.add(documentTag('file', row.heroImage.file.documentId));
    if (row.section?.documentId) tags.add(documentTag('section', row.section.documentId));
  }
  return [...tags];
};

/**
 * Teasers for a page of published article versions, in a number of queries that does not grow
 * with the page: one populate for the page (byline, hero image and its file, primary section) and
 * one read of every comment count (tallies.readMany).
 */

const UID = 'api::article.article';

const TEASER_QUERY = {
  select: ['id', 'documentId', 'locale', 'title', 'summary', 'slug', 'publishedAt', 'firstPublishedAt'],
  populate: {
    byline: { select: ['documentId', 'name', 'slug'] },
    heroImage: { populate: { file: true } },
    section: { select: ['documentId', 'name', 'slug'] },
  },
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The teasers of these article versions (row ids), in the order given. `sectionNames` names the
   * primary sections in the list's locale (by documentId); without it, the linked row's own name.
   */
  async forVersions(ids: number[], options: { sectionNames?: Map<string, NameAndSlug> } = {}): Promise<TeaserPage> {
    if (ids.length === 0) return { teasers: [], sources: [] };
    const rows = (await strapi.db.query(UID).findMany({ ...TEASER_QUERY, where: { id: { $in: ids } } })) as ShownRow[];
    const byId = new Map(rows.map((row) => [Number(row.id), row]));
    const page = ids.map((id) => byId.get(id)).filter((row): row is ShownRow => row !== undefined);

    const [defaultLocale, figures] = await Promise.all([
      service(strapi, 'api::article.lookup').resolveLocale(),
      service(strapi, 'api::comment.tallies').readMany(page),
    ]);
    const publicUrl = mediaBase(strapi);
    const teasers = page.map((row) =>
      toTeaser(row, {
        defaultLocale: defaultLocale ?? 'en',
        publicUrl,
        commentCount: figures.get(discussionKey(row))?.comments ?? 0,
        section: row.section ? (options.sectionNames?.get(row.section.documentId) ?? { name: row.section.name, slug: row.section.slug }) : null,
      })
    );
    return { teasers, sources: sourcesOfRows(page) };
  },
});
