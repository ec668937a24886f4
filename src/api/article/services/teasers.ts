import type { Core } from '@strapi/strapi';
import { discussionKey } from '../../comment/tallies';
import { toTeaser, type NameAndSlug, type Teaser, type TeaserRow } from '../assembly/teaser';
import { service } from '../../../services';

/**
 * Teasers for a page of published article versions, in a number of queries that does not grow
 * with the page: one populate for the page (byline, hero image and its file, primary section) and
 * one read of every comment count (tallies.readMany).
 */

const UID = 'api::article.article';

const TEASER_QUERY = {
  select: ['id', 'documentId', 'locale', 'title', 'summary', 'slug', 'publishedAt', 'firstPublishedAt'],
  populate: {
    byline: { select: ['name', 'slug'] },
    heroImage: { populate: { file: true } },
    section: { select: ['documentId', 'name', 'slug'] },
  },
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The teasers of these article versions (row ids), in the order given. `sectionNames` names the
   * primary sections in the list's locale (by documentId); without it, the linked row's own name.
   */
  async forVersions(ids: number[], options: { sectionNames?: Map<string, NameAndSlug> } = {}): Promise<Teaser[]> {
    if (ids.length === 0) return [];
    const rows = (await strapi.db.query(UID).findMany({ ...TEASER_QUERY, where: { id: { $in: ids } } })) as TeaserRow[];
    const byId = new Map(rows.map((row) => [Number(row.id), row]));
    const page = ids.map((id) => byId.get(id)).filter((row): row is TeaserRow => row !== undefined);

    const [defaultLocale, figures] = await Promise.all([
      service(strapi, 'api::article.lookup').resolveLocale(),
      service(strapi, 'api::comment.tallies').readMany(page),
    ]);
    const publicUrl = (strapi.config.get('server.url') as string) || '';
    return page.map((row) =>
      toTeaser(row, {
        defaultLocale: defaultLocale ?? 'en',
        publicUrl,
        commentCount: figures.get(discussionKey(row))?.comments ?? 0,
        section: row.section ? (options.sectionNames?.get(row.section.documentId) ?? { name: row.section.name, slug: row.section.slug }) : null,
      })
    );
  },
});
