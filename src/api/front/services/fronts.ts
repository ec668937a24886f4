import type { Core } from '@strapi/strapi';
import { encodeCursor } from '../../comment/services/thread';
import type { NameAndSlug, Teaser } from '../../article/assembly/teaser';
import { service } from '../../../services';
import { documentTag, unrecordedFrontTag } from '../../../article-cache/page-tags';
import type { FrontRequest } from '../query';

/**
 * A front as readers get it: the editor's picks in the editor's order (first page only), then the
 * latest published articles of the section and its subsections (of every section for home)
 * without the picks, a keyset page at a time. Every item is the teasers service's teaser, all
 * built in one call, so the cost does not grow with the page.
 */

const FRONT = 'api::front.front';
const ARTICLE = 'api::article.article';
/** A front without a record of its own (a new section, an empty database) fills this many. */
export const DEFAULT_FILL = 20;

export interface FrontSummary {
  name: string;
  section: NameAndSlug | null;
}

export interface FrontPage {
  front: FrontSummary;
  picks: Teaser[];
  latest: Teaser[];
  nextCursor: string | null;
  /** What the page shows and follows, as cache tags. */
  sources: string[];
}

interface FrontRow {
  documentId: string;
  name: string;
  fill?: number | null;
  picks?: Array<{ documentId: string }> | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async page(request: FrontRequest): Promise<FrontPage> {
    const { locale } = await service(strapi, 'api::article.lookup').listLocale(request.locale);

    // The picks are rows of any version (draft or published, any locale) that the admin panel
    // linked, in the join table's order: the documents, once each, in that order.
    const record = (await strapi.db.query(FRONT).findOne({
      select: ['documentId', 'name', 'fill'],
      where: request.slug === null ? { section: { id: { $null: true } } } : { section: { slug: request.slug } },
      populate: { picks: { select: ['documentId'] } },
    })) as FrontRow | null;
    const picked = [...new Set((record?.picks ?? []).map((pick) => pick.documentId))];

    // Each picked document's version published in this locale (a document has at most one).
    const firstPage = request.after === undefined;
    const versions = picked.length
      ? ((await strapi.db.query(ARTICLE).findMany({
          select: ['id', 'documentId'],
          where: { documentId: { $in: picked }, locale, publishedAt: { $notNull: true } },
        })) as Array<{ id: number; documentId: string }>)
      : [];
    const versionOf = new Map(versions.map((row) => [row.documentId, Number(row.id)]));
    const pickIds = picked.flatMap((documentId) => (versionOf.has(documentId) ? [versionOf.get(documentId) as number] : []));

    const latest = await service(strapi, 'api::section.sections').latestVersions({
      slug: request.slug,
      locale,
      after: request.after,
      limit: request.pageSize ?? record?.fill ?? DEFAULT_FILL,
      excluding: new Set(pickIds),
    });

    const { teasers, sources } = await service(strapi, 'api::article.teasers').forVersions([...(firstPage ? pickIds : []), ...latest.ids], {
      sectionNames: latest.sectionNames,
    });
    const pickedSet = new Set(picked);
    const picks = teasers.filter((teaser) => pickedSet.has(teaser.documentId));
    const rest = teasers.filter((teaser) => !pickedSet.has(teaser.documentId));

    // The cursor is the last teaser's keyset position: first publication and version id. Should a
    // version vanish between the two reads, the ids no longer line up with the teasers; the cursor
    // then takes the last teaser's time alone (id 0), so the next page cannot repeat it.
    const last = rest[rest.length - 1];
    const lastId = rest.length === latest.ids.length ? latest.ids[latest.ids.length - 1] : 0;
    const nextCursor = latest.more && last ? encodeCursor({ createdAt: last.publishedAt, id: lastId }) : null;

    const section = request.slug === null ? null : latest.section && { name: latest.section.name, slug: latest.section.slug };
    return {
      front: { name: record?.name ?? (section ? section.name : 'Home'), section },
      picks,
      latest: rest,
      nextCursor,
      // Every pick, shown or not: a pick first published in this locale (a translation) drops this
      // front although no list it is in has this front's tags.
      sources: [
        record ? documentTag('front', record.documentId) : unrecordedFrontTag(latest.sectionId),
        ...picked.map((documentId) => documentTag('article', documentId)),
        ...latest.sources,
        ...sources,
      ],
    };
  },
});
