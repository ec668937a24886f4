import type { Core } from '@strapi/strapi';
import { toBodyBlocks } from '../assembly/blocks';
import { toImageView } from '../assembly/media';
import { toNewsArticle } from '../assembly/structured-data';
import type { BlockView, CommentView, ImageView, StoredBlock, StoredImage } from '../assembly/types';
import { commentPolicy } from '../../comment/rules';
import type { NewsroomConfig } from '../../../../config/newsroom';

/**
 * One published article, assembled for a front-end in reading order: the response of
 * GET /api/articles/:slug/assembled (contracts/assembled-article.schema.json).
 */

export interface AssembledArticle {
  documentId: string;
  slug: string;
  locale: string;
  title: string;
  summary: string | null;
  byline: Array<{ name: string; slug: string }>;
  dateline: string | null;
  /** First publication: what a reader sees as "published". */
  publishedAt: string;
  /** The latest (re)publication, e.g. after a correction. */
  lastPublishedAt: string;
  updatedAt: string;
  heroImage: ImageView | null;
  body: BlockView[];
  tags: Array<{ name: string; slug: string }>;
  reactions: { likes: number; dislikes: number };
  comments: {
    enabled: boolean;
    count: number;
    policy: ReturnType<typeof commentPolicy>;
    items: CommentView[];
    nextCursor: string | null;
  };
  structuredData: ReturnType<typeof toNewsArticle>;
}

interface StoredArticle {
  documentId: string;
  slug: string;
  locale: string;
  title: string;
  summary?: string | null;
  dateline?: string | null;
  publishedAt: string | Date;
  firstPublishedAt?: string | Date | null;
  updatedAt: string | Date;
  commentsEnabled?: boolean | null;
  commentModeration?: 'pre' | 'post' | null;
  byline?: Array<{ name: string; slug: string }>;
  tags?: Array<{ name: string; slug: string }>;
  heroImage?: StoredImage | null;
  body?: StoredBlock[] | null;
}

// What a reader's page needs, populated in one document-service call whose query count depends
// on the model, not on the length of the body.
export const ASSEMBLY_POPULATE = {
  byline: { fields: ['name', 'slug'] },
  tags: { fields: ['name', 'slug'] },
  heroImage: { populate: { file: true } },
  body: {
    on: {
      'article.paragraph': true,
      'article.subheading': true,
      'article.image': { populate: { image: { populate: { file: true } } } },
      'article.quote': { populate: { quote: { populate: { speaker: true } } } },
    },
  },
} as const;

const iso = (value: string | Date): string => new Date(value).toISOString();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publicUrl = (): string => (strapi.config.get('server.url') as string) || '';

  return {
    /** The assembled article, or null when there is no published version in that locale. */
    async assemble(input: { slug: string; locale?: string; commentsCursor?: string | null }): Promise<AssembledArticle | null> {
      const locale = (await strapi.service('api::article.lookup').resolveLocale(input.locale)) as string | null;
      if (!locale) return null;

      const stored = (await strapi.documents('api::article.article').findFirst({
        filters: { slug: input.slug },
        locale,
        status: 'published',
        populate: ASSEMBLY_POPULATE,
      })) as unknown as StoredArticle | null;
      if (!stored) return null;

      const article = { documentId: stored.documentId, locale: stored.locale };
      const [count, page, reactions] = await Promise.all([
        strapi.service('api::comment.thread').countApproved(article) as Promise<number>,
        strapi.service('api::comment.thread').listApproved(article, { cursor: input.commentsCursor }) as Promise<{
          items: CommentView[];
          nextCursor: string | null;
        }>,
        strapi.service('api::reaction.tally').countFor(article) as Promise<{ likes: number; dislikes: number }>,
      ]);

      const url = publicUrl();
      const newsroom = strapi.config.get('newsroom') as NewsroomConfig;
      const byline = (stored.byline ?? []).map(({ name, slug }) => ({ name, slug }));
      const tags = (stored.tags ?? []).map(({ name, slug }) => ({ name, slug }));
      const heroImage = toImageView(stored.heroImage, url);
      const body = toBodyBlocks(stored.body, url);
      const lastPublishedAt = iso(stored.publishedAt);
      const publishedAt = stored.firstPublishedAt ? iso(stored.firstPublishedAt) : lastPublishedAt;
      const updatedAt = iso(stored.updatedAt);
      const summary = stored.summary?.trim() || null;
      const dateline = stored.dateline?.trim() || null;
      const canonicalUrl = url ? `${url.replace(/\/+$/, '')}/articles/${stored.slug}` : null;

      return {
        documentId: stored.documentId,
        slug: stored.slug,
        locale: stored.locale,
        title: stored.title,
        summary,
        byline,
        dateline,
        publishedAt,
        lastPublishedAt,
        updatedAt,
        heroImage,
        body,
        tags,
        reactions,
        comments: {
          enabled: stored.commentsEnabled !== false,
          count,
          policy: commentPolicy(stored.commentModeration === 'post' ? 'post' : 'pre'),
          items: page.items,
          nextCursor: page.nextCursor,
        },
        structuredData: toNewsArticle({
          title: stored.title,
          summary,
          dateline,
          locale: stored.locale,
          publishedAt,
          updatedAt,
          byline,
          heroImage,
          body,
          tags,
          commentCount: count,
          likes: reactions.likes,
          dislikes: reactions.dislikes,
          canonicalUrl,
          publisher: {
            name: newsroom.publisher.name,
            url: newsroom.publisher.url || url || null,
            logoUrl: newsroom.publisher.logoUrl || null,
          },
        }),
      };
    },
  };
};
