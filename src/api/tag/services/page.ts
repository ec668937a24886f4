import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Teaser } from '../../article/assembly/teaser';
import type { ArticleListRequest } from '../../article/list-query';
import { service } from '../../../services';
import { documentTag, listTag } from '../../../article-cache/page-tags';

/** A tag's list: the tag (name, description) and its published articles in the locale asked, newest first. */

export interface TagView {
  name: string;
  slug: string;
  description: string | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async articles(request: ArticleListRequest): Promise<{ tag: TagView; items: Teaser[]; nextCursor: string | null; sources: string[] }> {
    const listing = service(strapi, 'api::article.listing');
    const { locale } = await service(strapi, 'api::article.lookup').listLocale(request.locale);
    const row = (await strapi.db.query('api::tag.tag').findOne({
      select: ['documentId', 'name', 'slug', 'description'],
      where: { slug: request.slug },
    })) as { documentId: string; name: string; slug: string; description?: string | null } | null;
    if (!row) throw new errors.NotFoundError(`No tag "${request.slug}".`);

    const { ids, nextCursor } = await listing.pageOfVersions({
      through: ['tags'],
      targets: [row.documentId],
      locale,
      after: request.after,
      limit: request.pageSize,
    });
    const { teasers, sources } = await service(strapi, 'api::article.teasers').forVersions(ids);
    return {
      tag: { name: row.name, slug: row.slug, description: row.description?.trim() || null },
      items: teasers,
      nextCursor,
      sources: [documentTag('tag', row.documentId), listTag('tag', row.documentId), ...sources],
    };
  },
});
