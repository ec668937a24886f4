import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Teaser } from '../../article/assembly/teaser';
import { toImageView } from '../../article/assembly/media';
import type { ImageView, StoredImage } from '../../article/assembly/types';
import type { ArticleListRequest } from '../../article/list-query';
import { service } from '../../../services';
import { documentTag, listTag } from '../../../article-cache/page-tags';
import { mediaBase } from '../../../site/public-origin';

/**
 * An author's page: who they are (name, job title, bio, photo, links) and their published
 * articles in the locale asked, newest first, a keyset page at a time. The author is read in a
 * fixed number of queries (the row, its photo and file, its links); the articles as every list's.
 */

export interface AuthorLink {
  label: string;
  url: string;
}

export interface AuthorView {
  name: string;
  slug: string;
  jobTitle: string | null;
  bio: string | null;
  photo: ImageView | null;
  links: AuthorLink[];
}

interface AuthorRow {
  documentId: string;
  name: string;
  slug: string;
  jobTitle?: string | null;
  bio?: string | null;
  photo?: StoredImage | null;
  links?: Array<{ label?: string | null; url?: string | null }> | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async articles(request: ArticleListRequest): Promise<{ author: AuthorView; items: Teaser[]; nextCursor: string | null; sources: string[] }> {
    const listing = service(strapi, 'api::article.listing');
    const { locale } = await service(strapi, 'api::article.lookup').listLocale(request.locale);
    const row = (await strapi.db.query('api::author.author').findOne({
      select: ['documentId', 'name', 'slug', 'jobTitle', 'bio'],
      where: { slug: request.slug },
      populate: { photo: { populate: { file: true } }, links: true },
    })) as AuthorRow | null;
    if (!row) throw new errors.NotFoundError(`No author "${request.slug}".`);

    const { ids, nextCursor } = await listing.pageOfVersions({
      through: ['byline'],
      targets: [row.documentId],
      locale,
      after: request.after,
      limit: request.pageSize,
    });
    const publicUrl = mediaBase(strapi);
    const { teasers, sources } = await service(strapi, 'api::article.teasers').forVersions(ids);
    const shown = [documentTag('author', row.documentId), listTag('author', row.documentId)];
    if (row.photo?.documentId) shown.push(documentTag('image', row.photo.documentId));
    if (row.photo?.file?.documentId) shown.push(documentTag('file', row.photo.file.documentId));
    return {
      author: {
        name: row.name,
        slug: row.slug,
        jobTitle: row.jobTitle?.trim() || null,
        bio: row.bio?.trim() || null,
        photo: toImageView(row.photo, publicUrl),
        // A link is label and address both (the schema requires them; a row from before is skipped).
        links: (row.links ?? []).flatMap(({ label, url }) => (label && url ? [{ label, url }] : [])),
      },
      items: teasers,
      nextCursor,
      sources: [...shown, ...sources],
    };
  },
});
