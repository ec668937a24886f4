import { readerPath } from '../../../reader-page/address';
import { toImageView } from './media';
import type { ImageView, StoredImage } from './types';

/**
 * One list item of an article, for every list that shows articles (a section front today; a tag
 * page, a feed, search tomorrow): built here only, so every list shows the same teaser.
 */

export interface NameAndSlug {
  name: string;
  slug: string;
}

export interface Teaser {
  documentId: string;
  locale: string;
  headline: string;
  standfirst: string | null;
  slug: string;
  /** The reader page, site-relative: `/articles/<slug>`, `/<locale>/articles/<slug>` outside the default locale. */
  path: string;
  section: NameAndSlug | null;
  byline: NameAndSlug[];
  heroImage: ImageView | null;
  /** First publication. */
  publishedAt: string;
  /** This version's publication (an update republishes). */
  lastPublishedAt: string;
  commentCount: number;
}

/** A published article version as the teasers service populates it. */
export interface TeaserRow {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  summary?: string | null;
  slug: string;
  publishedAt: string | Date | number;
  firstPublishedAt?: string | Date | number | null;
  byline?: Array<{ name: string; slug: string }> | null;
  heroImage?: StoredImage | null;
  section?: { documentId: string; name: string; slug: string } | null;
}

export interface TeaserContext {
  defaultLocale: string;
  publicUrl: string;
  commentCount: number;
  /** The primary section as the list names it (in the list's locale), when it knows better than the row. */
  section: NameAndSlug | null;
}

const iso = (value: string | Date | number): string => new Date(value).toISOString();

export const toTeaser = (row: TeaserRow, context: TeaserContext): Teaser => ({
  documentId: row.documentId,
  locale: row.locale,
  headline: row.title,
  standfirst: row.summary?.trim() || null,
  slug: row.slug,
  path: readerPath(row.slug, row.locale === context.defaultLocale ? undefined : row.locale),
  section: context.section,
  byline: (row.byline ?? []).map(({ name, slug }) => ({ name, slug })),
  heroImage: toImageView(row.heroImage, context.publicUrl),
  publishedAt: iso(row.firstPublishedAt ?? row.publishedAt),
  lastPublishedAt: iso(row.publishedAt),
  commentCount: context.commentCount,
});
