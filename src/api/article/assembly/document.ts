import type { StoredBlock, StoredImage } from './types';
import type { Placement } from '../services/placement';
import type { StoredCorrection } from './corrections';

/**
 * The article as stored for reading: what the document service returns for a published version
 * with ASSEMBLY_POPULATE, and the documents it shows (its sources), by which a change elsewhere
 * finds the pages and stored documents it must drop.
 */

/** A published article version with everything its page shows, as the document service populates it. */
export interface StoredArticle {
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
  byline?: Array<{ documentId: string; name: string; slug: string }>;
  tags?: Array<{ documentId: string; name: string; slug: string }>;
  heroImage?: StoredImage | null;
  body?: StoredBlock[] | null;
  /** Notes to readers, in the order the editors keep them (component article.correction). */
  corrections?: StoredCorrection[] | null;
  /** The primary section (the section path and related articles are worked out from it). */
  section?: { documentId: string; name: string; slug: string } | null;
  /** Added when the document is stored: its breadcrumb and related articles (services/placement.ts). */
  placement?: Placement;
  /**
   * Added when the document is stored: the document's other published locale versions. Any write
   * to a version drops the stored documents of every version (`article:<documentId>`).
   */
  translations?: Array<{ locale: string; title: string }>;
}

// What a reader's page needs, populated in one document-service call whose query count depends
// on the model, not on the length of the body.
export const ASSEMBLY_POPULATE = {
  byline: { fields: ['name', 'slug'] },
  tags: { fields: ['name', 'slug'] },
  section: { fields: ['name', 'slug'] },
  heroImage: { populate: { file: true } },
  body: {
    on: {
      'article.paragraph': true,
      'article.subheading': true,
      'article.image': { populate: { image: { populate: { file: true } } } },
      'article.quote': { populate: { quote: { populate: { speaker: true } } } },
    },
  },
  corrections: { fields: ['type', 'text', 'at'] },
} as const;

/**
 * The documents a page shows, as cache tags: a change to any of them must drop the page
 * (article-cache) and can purge it from a CDN (Surrogate-Key).
 */
export const sourcesOf = (stored: StoredArticle): string[] => {
  const tags = new Set<string>([`article:${stored.documentId}`]);
  const add = (kind: string, documentId: string | undefined) => documentId && tags.add(`${kind}:${documentId}`);
  for (const author of stored.byline ?? []) add('author', author.documentId);
  for (const tag of stored.tags ?? []) add('tag', tag.documentId);
  const addImage = (image: StoredImage | null | undefined) => {
    add('image', image?.documentId);
    // Its file: replaced or re-cropped in the media library, the URLs and formats change.
    add('file', image?.file?.documentId);
  };
  addImage(stored.heroImage);
  for (const block of stored.body ?? []) {
    if (block.__component === 'article.image') addImage(block.image);
    if (block.__component === 'article.quote') {
      add('quote', block.quote?.documentId);
      add('person', block.quote?.speaker?.documentId);
    }
  }
  for (const source of stored.placement?.sources ?? []) tags.add(source);
  return [...tags];
};
