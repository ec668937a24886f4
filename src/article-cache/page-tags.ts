/**
 * The names of cache tags, in one place for the pages that carry them and the invalidation that
 * drops them (see invalidation.ts). Two kinds:
 *
 * - a document shown: `article:<documentId>`, `author:...`, `image:...`: the page shows it, so a
 *   change to it drops the page;
 * - a list's membership: `section-articles:<documentId>` (`author-articles:`, `tag-articles:`): the
 *   page lists the published articles of that section (author, tag), so an article entering or
 *   leaving it drops the page, although the page did not show it before.
 *
 * Kept apart so that publishing a story by an author drops the author's list, not every page that
 * shows the author's name. Tags reach CDNs as purge keys (`section-articles-<documentId>`).
 */

export type DocumentKind = 'article' | 'image' | 'file' | 'quote' | 'person' | 'author' | 'tag' | 'section' | 'front';
export type ListKind = 'section' | 'author' | 'tag';

export const documentTag = (kind: DocumentKind, documentId: string): string => `${kind}:${documentId}`;
export const listTag = (kind: ListKind, documentId: string): string => `${kind}-articles:${documentId}`;

/**
 * The votes on an article: only its own page shows them. A vote drops this, not `article:`, so a
 * story going viral does not drop every front and list it is on at each vote.
 */
export const reactionsTag = (articleDocumentId: string): string => `reactions:${articleDocumentId}`;

/** The section tree (names, order, nesting): every page that reads it. */
export const SECTIONS_TAG = 'sections';
/**
 * A front with no record of its own (the default fill) at an address (a section's documentId, or
 * null for home): a front created for that address, or moved to it, drops it.
 */
export const unrecordedFrontTag = (section: string | null): string => `front-default:${section ?? 'home'}`;
