import { Feed, type Category, type Extension } from 'feed';
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
const DC_NS = 'http://purl.org/dc/elements/1.1/';

export const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** RSS only: the byline as dc:creator, the hero image as Media RSS with its size and alt text. */
const rssExtensions = (item: FeedItem): Extension[] => [
  // An array makes xml-js repeat the element, one dc:creator an author; the package's type knows objects only.
  ...(item.authors.length ? [{ name: 'dc:creator', objects: item.authors.map(({ name }) => ({ _text: name })) as unknown as Record<string, unknown> }] : []),
  ...(item.image
    ? [
        {
          name: 'media:content',
          objects: {
            _attributes: { url: item.image.url, medium: 'image', type: item.image.type, width: item.image.width, height: item.image.height },
            'media:description': { _text: item.image.alt },
          },
        },
      ]
    : []),
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The package's Atom writer guesses an enclosure's type from the file name (`.jpg` → `image/jpg`,
 * which is no type): each photo's link gets the type the upload recorded.
 */
const withEnclosureTypes = (atom: string, items: FeedItem[]): string =>
  items.reduce((xml, item) => {
    if (!item.image) return xml;
    const href = new URL(item.image.url).toString().replace(/&/g, '&amp;');
    return xml.replace(new RegExp(`(<link rel="enclosure" href="${escapeRegExp(href)}"[^>]*? type=")[^"]*(")`, 'g'), `$1${item.image.type}$2`);
  }, atom);

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
      // RSS's <author> is an e-mail address: there the byline is Dublin Core's dc:creator (below).
      author: format === 'atom' ? item.authors.map(({ name, link }) => ({ name, link })) : undefined,
      category,
      // RSS's enclosure has no title; Atom's link does.
      image: item.image ? { url: item.image.url, type: item.image.type, length: 0, ...(format === 'atom' ? { title: item.image.alt } : {}) } : undefined,
      extensions: format === 'rss' ? rssExtensions(item) : undefined,
    });
  }
  if (format === 'atom') return withEnclosureTypes(feed.atom1(), document.items);
  // Media RSS and Dublin Core need their namespaces on the root, which the package declares only for its own elements.
  const rss = feed.rss2();
  const dc = rss.includes('xmlns:dc=') ? '' : ` xmlns:dc="${DC_NS}"`;
  return rss.replace('<rss version="2.0"', `<rss version="2.0" xmlns:media="${MEDIA_NS}"${dc}`);
};
