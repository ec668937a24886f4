import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { articleCache } from '../../article-cache';
import { assembledArticlePage, readArticleAddress } from '../../article-cache/pages/assembled-article';
import type { PublicPage } from '../../article-cache/public-page';
import { reactionsTag } from '../../article-cache/page-tags';
import { renderBody } from '../../reader-page/render/article';
import { authorPath, feedPath, homePath, sectionPath, tagPath, type FeedList } from '../../reader-page/address';
import { service } from '../../services';
import { absoluteOn, publicOrigin } from '../../site/public-origin';
import type { Teaser } from '../../api/article/assembly/teaser';
import { CONTENT_TYPES, renderFeed, type FeedDocument, type FeedItem } from './build';
import { feedKey, readFeedRequest, type FeedRequest } from './request';
import { wordsFor, type PageWords } from '../../reader-page/messages';

/**
 * A feed as a cacheable public page (article-cache/public-page.ts): its items are the list page's
 * own (the same services, so only published stories, never a scheduled or embargoed one), and it
 * carries the list's cache tags, so it is dropped with the home front, section, tag or author
 * list it follows, on every publish and unpublish.
 */

/** The newest stories a feed carries. */
export const FEED_SIZE = 50;

const ARTICLE = 'api::article.article';

/** What a feed follows: its list's title, page, stories and cache tags. */
interface Followed {
  title: string;
  description: string;
  path: string;
  items: Teaser[];
  sources: string[];
}

const newestFirst = (a: Teaser, b: Teaser): number => b.publishedAt.localeCompare(a.publishedAt) || a.documentId.localeCompare(b.documentId);

const readList = async (strapi: Core.Strapi, request: FeedRequest, pathLocale: string | undefined, siteName: string, t: PageWords): Promise<Followed> => {
  const list = { slug: request.slug ?? '', locale: request.locale, pageSize: FEED_SIZE };
  switch (request.list) {
    case 'home': {
      // The front's picks and its latest without them: together they hold the FEED_SIZE newest stories.
      const front = await service(strapi, 'api::front.fronts').page({ slug: null, locale: request.locale, pageSize: FEED_SIZE });
      const items = [...front.picks, ...front.latest].sort(newestFirst).slice(0, FEED_SIZE);
      return { title: siteName, description: t.fill(t.m.latestFrom, { site: siteName }), path: homePath(pathLocale), items, sources: front.sources };
    }
    case 'sections': {
      const { section, items, sources } = await service(strapi, 'api::section.sections').articles(list);
      return { title: `${section.name} | ${siteName}`, description: section.description ?? section.name, path: sectionPath(section.slug, pathLocale), items, sources };
    }
    case 'tags': {
      const { tag, items, sources } = await service(strapi, 'api::tag.page').articles(list);
      return { title: `${tag.name} | ${siteName}`, description: tag.description ?? tag.name, path: tagPath(tag.slug, pathLocale), items, sources };
    }
    case 'authors': {
      const { author, items, sources } = await service(strapi, 'api::author.page').articles(list);
      return { title: `${author.name} | ${siteName}`, description: author.bio ?? author.name, path: authorPath(author.slug, pathLocale), items, sources };
    }
  }
};

/** Each story's tags (teasers carry none), in one query for the whole feed. */
const tagsOf = async (strapi: Core.Strapi, items: Teaser[], locale: string): Promise<Map<string, Array<{ name: string; slug: string }>>> => {
  if (items.length === 0) return new Map();
  const rows = (await strapi.db.query(ARTICLE).findMany({
    select: ['documentId'],
    where: { documentId: { $in: items.map((item) => item.documentId) }, locale, publishedAt: { $notNull: true } },
    populate: { tags: { select: ['name', 'slug'] } },
  })) as Array<{ documentId: string; tags?: Array<{ name: string; slug: string }> | null }>;
  return new Map(rows.map((row) => [row.documentId, row.tags ?? []]));
};

/** Site-relative addresses in a body (local uploads, links to our pages) made absolute: a feed reader is on no origin of ours. */
const absoluteIn = (origin: string, body: string): string =>
  body
    .replace(/(\s(?:src|href)=")\/(?!\/)/g, `$1${origin}/`)
    .replace(/(\ssrcset=")([^"]*)"/g, (_all, start: string, list: string) => `${start}${list.split(',').map((part) => (part.trim().startsWith('/') && !part.trim().startsWith('//') ? ` ${origin}${part.trim()}` : part)).join(',').trim()}"`);

/** A tag URI (RFC 4151) per story and locale: the documentId, never the slug, so an edited address is not a new story. */
const guidOf = (origin: string, item: Teaser): string => `tag:${new URL(origin).hostname},2026:article:${item.documentId}:${item.locale}`;

export const feedPage: PublicPage<FeedRequest, FeedDocument> = {
  name: 'feed',
  // Not under the REST prefix: answered by its own routes (../routes.ts), never by the early answer.
  path: '/feeds/:list/:file',
  parse: (params, query) => readFeedRequest(params, query),
  key: feedKey,
  isEntry: () => true,
  async produce(strapi, request) {
    const { locale, fallback } = await service(strapi, 'api::article.lookup').listLocale(request.locale);
    const pathLocale = locale === fallback ? undefined : locale;
    const origin = publicOrigin(strapi);
    const siteName = (strapi.config.get('newsroom.publisher.name') as string) || 'Newsroom';
    const list = await readList(strapi, request, pathLocale, siteName, wordsFor(locale));
    const tags = await tagsOf(strapi, list.items, locale);
    const sources = [...list.sources];

    // The whole story: each one's assembled article, from the cache the API and reader page share.
    const bodies = new Map<string, string>();
    if (request.full) {
      const cache = articleCache(strapi);
      for (const item of list.items) {
        const found = await cache.page(assembledArticlePage, readArticleAddress(item.slug, pathLocale), { anonymous: false });
        if (!found) continue;
        bodies.set(item.documentId, absoluteIn(origin, renderBody(found.page.data.body, found.page.data.dateline).value));
        // What the body shows drops the feed; the story's votes, which the feed does not show, do not.
        sources.push(...found.page.tags.filter((tag) => tag !== reactionsTag(item.documentId)));
      }
    }

    const at = (path: string) => absoluteOn(origin, path);
    const items: FeedItem[] = list.items.map((item) => ({
      guid: guidOf(origin, item),
      title: item.headline,
      link: at(item.path),
      summary: item.standfirst,
      content: bodies.get(item.documentId),
      published: new Date(item.publishedAt),
      updated: new Date(item.lastPublishedAt),
      authors: item.byline.map(({ name, slug }) => ({ name, link: at(authorPath(slug, pathLocale)) })),
      categories: [
        ...(item.section ? [{ name: item.section.name, domain: at(sectionPath(item.section.slug, pathLocale)) }] : []),
        ...(tags.get(item.documentId) ?? []).map(({ name, slug }) => ({ name, domain: at(tagPath(slug, pathLocale)) })),
      ],
      image: item.heroImage
        ? { url: at(item.heroImage.url), type: item.heroImage.mime ?? 'image/jpeg', width: item.heroImage.width, height: item.heroImage.height, alt: item.heroImage.alt }
        : null,
    }));
    const of: FeedList = request.list;
    const document: FeedDocument = {
      id: at(feedPath(of, request.slug, 'atom', pathLocale)),
      title: list.title,
      description: list.description,
      language: locale,
      link: at(list.path),
      self: { rss: at(feedPath(of, request.slug, 'rss', pathLocale)), atom: at(feedPath(of, request.slug, 'atom', pathLocale)) },
      publisher: siteName,
      items,
    };
    const body = Buffer.from(renderFeed(document, request.format));
    return { body, contentType: CONTENT_TYPES[request.format], tags: [...new Set(sources)], data: document, links: [] };
  },
  // The lists' services answer an unknown section, tag, author or locale with their own 404.
  notFound: (request) => new errors.NotFoundError(`No feed of ${request.list}${request.slug ? ` "${request.slug}"` : ''}.`),
};
