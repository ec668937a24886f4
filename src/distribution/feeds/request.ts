import { errors } from '@strapi/utils';
import { FEED_EXTENSIONS, type FeedFormat, type FeedList } from '../../reader-page/address';
import { isSlug } from '../../validation/identifiers';
import { fieldError } from '../../validation/field-error';
import { readLocale } from '../../validation/list-query';
import { readQueryOnce } from '../../validation/query';

/**
 * The one reading of a feed's address, for the cache key and the answer alike: what the feed is
 * of, its format, its locale and whether items carry the whole story. Addresses:
 * `[/<locale>]/feeds/home.(xml|atom)` and `[/<locale>]/feeds/(sections|tags|authors)/<slug>.(xml|atom)`.
 */

export interface FeedRequest {
  list: FeedList;
  /** The section's, tag's or author's slug; null for the home front. */
  slug: string | null;
  /** Canonical case; absent for the default locale. */
  locale?: string;
  format: FeedFormat;
  /** `?full=1`: each item carries the body as HTML. */
  full: boolean;
}

const LISTS: readonly FeedList[] = ['sections', 'tags', 'authors'];
const FORMAT_OF: Record<string, FeedFormat> = Object.fromEntries(Object.entries(FEED_EXTENSIONS).map(([format, extension]) => [extension, format as FeedFormat]));

const noFeed = (path: string) => new errors.NotFoundError(`No feed at "${path}".`);

/** `name.xml` → [name, rss]; anything else is no feed's file name. */
const splitFile = (file: string): [string, FeedFormat] | null => {
  const dot = file.lastIndexOf('.');
  const format = dot > 0 ? FORMAT_OF[file.slice(dot + 1)] : undefined;
  return format ? [file.slice(0, dot), format] : null;
};

/** `full` is `1`/`true` or `0`/`false`/empty; anything else a 400, so a typo is not a silent summary feed. */
const readFull = (value: string | undefined): boolean => {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw fieldError('full', 'The full parameter must be 1 (the whole story in each item) or 0.');
};

/** params: `list` (absent for home), `file`, `locale` (absent for the default locale). */
export const readFeedRequest = (params: Record<string, string>, query: URLSearchParams): FeedRequest => {
  const given = readQueryOnce(query, ['full'] as const);
  const path = [params.locale, 'feeds', params.list, params.file].filter(Boolean).join('/');
  const split = splitFile(params.file ?? '');
  if (!split) throw noFeed(path);
  const [name, format] = split;
  const locale = params.locale ? readLocale(params.locale) : undefined;
  const full = readFull(given.full);
  if (params.list === undefined) {
    if (name !== 'home') throw noFeed(path);
    return { list: 'home', slug: null, locale, format, full };
  }
  const list = LISTS.find((candidate) => candidate === params.list);
  if (!list || !isSlug(name)) throw noFeed(path);
  return { list, slug: name, locale, format, full };
};

export const feedKey = ({ list, slug, locale, format, full }: FeedRequest): string => `${list}|${slug ?? ''}|${locale ?? ''}|${format}|${full ? 1 : 0}`;
