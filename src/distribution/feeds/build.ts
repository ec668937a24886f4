import { Feed, type Category } from 'feed';
import type { FeedFormat } from '../../reader-page/address';

/**
 * A feed document as XML, RSS 2.0 or Atom, with the `feed` package: pure, so the shape is the
 * same whoever asks. Every address here is already absolute (src/site/public-origin.ts).
 */

export interface FeedImage {
  url: string;
  type: string;
  width: number;
  height: number;
  alt: string;
}

export interface FeedItem {
  /** Stable across slug changes and republications: an update is not announced as a new story. */
  guid: string;
  title: string;
  link: string;
  summary: string | null;
  /** The body as HTML (`?full=1`). */
  content?: string;
  /** First publication. */
  published: Date;
  /** The latest (re)publication. */
  updated: Date;
  authors: Array<{ name: string; link: string }>;
  /** The section first, then the tags; `domain` is the list page's address. */
  categories: Array<{ name: string; domain: string }>;
  image: FeedImage | null;
}

export interface FeedDocument {
  /** The feed's own stable id (Atom `<id>`). */
  id: string;
  title: string;
  description: string;
  /** `en`, `fa-AF`. */
  language: string;
  /** The list page the feed follows. */
  link: string;
  /** This feed in each format (RSS's atom:link rel=self, Atom's link rel=self). */
  self: Record<FeedFormat, string>;
  publisher: string;
  items: FeedItem[];
}

const MEDIA_NS = 'http://search.yahoo.com/mrss/';

export const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export const renderFeed = (document: FeedDocument, format: FeedFormat): string => {
  // The newest item's time, never the clock: the same list gives the same bytes (and ETag) on every instance.
  const updated = document.items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), new Date(0));
  const feed = new Feed({
    id: document.id,
    title: document.title,
    description: document.description,
    link: document.link,
    language: document.language,
    updated,
    generator: 'Newsroom CMS',
    copyright: document.publisher,
    feedLinks: { rss: document.self.rss, atom: document.self.atom },
    feed: document.self[format],
    author: { name: document.publisher },
  });
  for (const item of document.items) {
    const category: Category[] = item.categories.map(({ name, domain }) => ({ name, domain, term: name, scheme: domain }));
    feed.addItem({
      id: item.guid,
      guid: item.guid,
      title: item.title,
      link: item.link,
      description: item.summary ?? undefined,
      content: item.content,
      date: item.updated,
      published: item.published,
      author: item.authors.map(({ name, link }) => ({ name, link })),
      category,
      image: item.image ? { url: item.image.url, type: item.image.type, length: 0, title: item.image.alt } : undefined,
      extensions:
        item.image && format === 'rss'
          ? [
              {
                name: 'media:content',
                objects: {
                  _attributes: { url: item.image.url, medium: 'image', type: item.image.type, width: item.image.width, height: item.image.height },
                  'media:description': { _text: item.image.alt },
                },
              },
            ]
          : undefined,
    });
  }
  if (format === 'atom') return feed.atom1();
  // Media RSS (the hero image with its size and alt text) needs its namespace on the root, which the package does not declare.
  return feed.rss2().replace('<rss version="2.0"', `<rss version="2.0" xmlns:media="${MEDIA_NS}"`);
};
