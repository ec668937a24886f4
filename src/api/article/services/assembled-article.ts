import type { Core } from '@strapi/strapi';
import { toBodyBlocks } from '../assembly/blocks';
import { toImageView } from '../assembly/media';
import { toNewsArticle } from '../assembly/structured-data';
import { sourcesOf, type StoredArticle } from '../assembly/document';
import { toCorrectionViews } from '../assembly/corrections';
import type { BlockView, CommentView, CorrectionView, ImageView } from '../assembly/types';
import type { Teaser } from '../assembly/teaser';
import type { SectionCrumb } from '../../section/services/sections';
import { discussionKey } from '../../comment/tallies';
import { commentPolicy } from '../../comment/rules';
import { commentsOpen } from '../../comment/rules/closing';
import type { NewsroomConfig } from '../../../../config/newsroom';
import { service } from '../../../services';
import { mediaBase } from '../../../site/public-origin';
import { authorPath, readerPath } from '../../../reader-page/address';
import { DEFAULT_LOGO } from '../../../reader-page/logo';

/**
 * One published article, assembled for a front-end in reading order: the response of
 * GET /api/articles/:slug/assembled (contracts/assembled-article.schema.json).
 */

export interface AssembledArticle {
  documentId: string;
  slug: string;
  locale: string;
  /** The document's other published locale versions (same slug), for language links. */
  translations: Array<{ locale: string; title: string }>;
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
  /** Corrections, clarifications, updates and editor's notes of this version: type, text, time; oldest first. */
  corrections: CorrectionView[];
  /** The primary section and its ancestors, root first: the breadcrumb. Empty without a section. */
  sectionPath: SectionCrumb[];
  /** Up to five other articles of its section or tags, newest first. */
  related: Teaser[];
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

export interface AssembleInput {
  slug: string;
  locale?: string;
  commentsCursor?: string | null;
}

const iso = (value: string | Date): string => new Date(value).toISOString();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publicUrl = (): string => mediaBase(strapi);

  return {
    /**
     * The assembled article and the documents it shows (sourcesOf), or null when there is no
     * published version in that locale.
     */
    async assembleWithSources(input: AssembleInput): Promise<{ article: AssembledArticle; sources: string[] } | null> {
      const locale = (await service(strapi, 'api::article.lookup').resolveLocale(input.locale));
      if (!locale) return null;

      const stored = await service(strapi, 'api::article.stored-documents').find({ slug: input.slug, locale });
      if (!stored) return null;
      return { article: await this.assemble(stored, input.commentsCursor), sources: sourcesOf(stored) };
    },

    /**
     * One version as it would look published now (the preview of a draft), assembled the same
     * way; read without the stored documents or the page cache, so nothing is kept. Null when the
     * document has no such version (or the newsroom no such locale).
     */
    async assemblePreview(version: { documentId: string; locale?: string; status: 'draft' | 'published' }): Promise<AssembledArticle | null> {
      const locale = await service(strapi, 'api::article.lookup').resolveLocale(version.locale || undefined);
      if (!locale) return null;
      const stored = await service(strapi, 'api::article.stored-documents').unstored({ ...version, locale }, new Date());
      return stored ? this.assemble(stored) : null;
    },

    /** The assembled article of a version its stored document holds. */
    async assemble(stored: StoredArticle, commentsCursor?: string | null): Promise<AssembledArticle> {
      const ofArticle = { documentId: stored.documentId, locale: stored.locale };
      const related = stored.placement?.related ?? [];
      // The article's figures and its related articles' comment counts in one read.
      const [figures, page, commentRules] = await Promise.all([
        service(strapi, 'api::comment.tallies').readMany([ofArticle, ...related]),
        service(strapi, 'api::comment.thread').listApproved(ofArticle, { cursor: commentsCursor }),
        service(strapi, 'api::comment-setting.rules-in-force').current(),
      ]);
      const tally = figures.get(discussionKey(ofArticle)) ?? { comments: 0, likes: 0, dislikes: 0 };
      const count = tally.comments;
      const reactions = { likes: tally.likes, dislikes: tally.dislikes };

      const url = publicUrl();
      const origin = url.replace(/\/+$/, '');
      // The default locale's pages have no prefix in their addresses.
      const pathLocale = stored.locale === (await service(strapi, 'api::article.lookup').resolveLocale()) ? undefined : stored.locale;
      const newsroom = strapi.config.get('newsroom') as NewsroomConfig;
      const byline = (stored.byline ?? []).map(({ name, slug }) => ({ name, slug }));
      const tags = (stored.tags ?? []).map(({ name, slug }) => ({ name, slug }));
      const heroImage = toImageView(stored.heroImage, url);
      const body = toBodyBlocks(stored.body, url);
      const corrections = toCorrectionViews(stored.corrections);
      const lastPublishedAt = iso(stored.publishedAt);
      const publishedAt = stored.firstPublishedAt ? iso(stored.firstPublishedAt) : lastPublishedAt;
      const updatedAt = iso(stored.updatedAt);
      const summary = stored.summary?.trim() || null;
      const dateline = stored.dateline?.trim() || null;
      const canonicalUrl = `${origin}${readerPath(stored.slug, pathLocale)}`;

      const article: AssembledArticle = {
        documentId: stored.documentId,
        slug: stored.slug,
        locale: stored.locale,
        // Stored documents of an older build lack it: until their next write, no links.
        translations: (stored.translations ?? []).map(({ locale, title }) => ({ locale, title })),
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
        corrections,
        sectionPath: stored.placement?.sectionPath ?? [],
        related: related.map((teaser) => ({ ...teaser, commentCount: figures.get(discussionKey(teaser))?.comments ?? 0 })),
        reactions,
        comments: {
          // The rule the submission applies (rules/closing.ts): closed by an editor or by age.
          enabled: commentsOpen({
            commentsEnabled: stored.commentsEnabled !== false,
            firstPublishedAt: stored.firstPublishedAt ?? null,
            publishedAt: stored.publishedAt,
            closeAfterDays: commentRules.closeAfterDays,
          }),
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
          byline: byline.map((author) => ({ name: author.name, url: `${origin}${authorPath(author.slug, pathLocale)}` })),
          heroImage,
          body,
          tags,
          corrections,
          commentCount: count,
          likes: reactions.likes,
          dislikes: reactions.dislikes,
          canonicalUrl,
          publisher: {
            name: newsroom.publisher.name,
            url: newsroom.publisher.url || url || null,
            logo: newsroom.publisher.logoUrl ? { url: newsroom.publisher.logoUrl } : { ...DEFAULT_LOGO, url: `${origin}${DEFAULT_LOGO.url}` },
          },
        }),
      };
      return article;
    },
  };
};
