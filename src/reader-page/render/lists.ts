import { html, isWebAddress, raw, type Html } from './html';
import { renderDocument, type SiteContext } from './layout';
import { wordsFor, type PageWords } from '../messages';
import { collectionPage, profilePage } from './structured-data';
import { renderTeaserList } from './teaser';
import { feedLinks } from './feed-links';
import { sectionPath } from '../address';
import type { Teaser } from '../../api/article/assembly/teaser';
import type { AuthorView } from '../../api/author/services/page';
import type { SectionNode } from '../../api/section/services/sections';
import type { TagView } from '../../api/tag/services/page';

/**
 * The reader pages around the article, drawn from the same cached API pages as the API answers
 * (article-cache/pages/lists.ts): the home front, a section's front, an author's page and a tag's
 * list. Every story is the one teaser component (teaser.ts); pages go back in time with the API's
 * keyset cursor.
 */

/** Where a list page is and where its next page starts. */
export interface Paging {
  /** The page's site-relative path without a query: `/sections/world`, `/fa-AF/tags/taliban`. */
  path: string;
  /** The cursor this page was asked with; absent on the first page. */
  cursor?: string;
  /** The page size the reader asked for, kept in the links; absent for the list's own. */
  pageSize?: number;
  nextCursor: string | null;
}

const withQuery = (path: string, query: { cursor?: string; pageSize?: number }): string => {
  const search = new URLSearchParams();
  if (query.cursor) search.set('cursor', query.cursor);
  if (query.pageSize) search.set('pageSize', String(query.pageSize));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

/** A later page names its own position: search engines keep each page apart. */
const canonicalPath = (paging: Paging): string => withQuery(paging.path, { cursor: paging.cursor });

/**
 * Keyset pages go one way: "Older stories" follows the list's nextCursor; a later page links back
 * to the newest (the browser's back button walks the pages between).
 */
const pagination = (paging: Paging, t: PageWords): Html => {
  const newest = paging.cursor ? html`<a class="newer" href="${withQuery(paging.path, { pageSize: paging.pageSize })}">${t.m.newestStories}</a>` : '';
  const older = paging.nextCursor
    ? html`<a class="older" rel="next" href="${withQuery(paging.path, { cursor: paging.nextCursor, pageSize: paging.pageSize })}">${t.m.olderStories}</a>`
    : '';
  return newest || older ? html`<nav class="pagination" aria-label="${t.m.pages}">${newest}${older}</nav>` : html``;
};

/** A list under its heading, or a line saying there is nothing yet. */
const storyGroup = (id: string, heading: string, teasers: Teaser[], site: SiteContext, leadFirst = false): Html => {
  const t = wordsFor(site.lang);
  return html`<section class="stories" aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${teasers.length ? renderTeaserList(teasers, t, { pathLocale: site.pathLocale, leadFirst }) : html`<p class="empty">${t.m.noStories}</p>`}
</section>`;
};

const listHeader = (title: string, description: string | null, extra?: Html): Html => html`<header class="list-header">
<h1 id="page-title">${title}</h1>
${description ? html`<p class="standfirst">${description}</p>` : ''}
${extra ?? ''}
</header>`;

const listMain = (className: string, parts: Html[]): Html => html`<main id="main" class="list-page ${className}" aria-labelledby="page-title">
${parts}
</main>`;

// ---------------------------------------------------------------------------------------------
// The home front and a section's front: picks (the lead first), then the latest.

export interface FrontView {
  picks: Teaser[];
  latest: Teaser[];
  /** The section the front is of (with its description and subsections); null for the home front. */
  section: SectionNode | null;
  paging: Paging;
}

export const renderFrontPage = (site: SiteContext, front: FrontView): string => {
  const { section, paging } = front;
  const t = wordsFor(site.lang);
  const title = section ? section.name : site.siteName;
  const description = section?.description ?? null;
  // Picks lead the first page only; later pages go on with the latest.
  const picks = paging.cursor ? [] : front.picks;
  const subsections = section?.children.length
    ? html`<nav class="subsections" aria-label="${t.m.inThisSection}"><ul>${section.children.map(
        (child) => html`<li><a href="${sectionPath(child.slug, site.pathLocale)}">${child.name}</a></li>`
      )}</ul></nav>`
    : undefined;
  return renderDocument(
    { ...site, currentSection: section?.slug },
    {
      title,
      description: description ?? (section ? section.name : site.siteName),
      path: canonicalPath(paging),
      ogType: 'website',
      meta: feedLinks(site, section ? 'sections' : 'home', section?.slug ?? null, title),
      structuredData: [collectionPage(site, { name: title, description, path: canonicalPath(paging), teasers: [...picks, ...front.latest] })],
      skipLink: { target: 'main', label: t.m.skipToStories },
      main: listMain(section ? 'section-front' : 'home-front', [
        // The home page's heading is the site's name, for assistive technology; the header shows it already.
        listHeader(title, description, subsections),
        picks.length ? storyGroup('top-stories', t.m.topStories, picks, site, true) : raw(''),
        storyGroup('latest', t.m.latest, front.latest, site, picks.length === 0 && !paging.cursor),
        pagination(paging, t),
      ]),
    }
  );
};

// ---------------------------------------------------------------------------------------------
// An author's page: who they are, then their stories.

export const renderAuthorPage = (site: SiteContext, author: AuthorView, articles: Teaser[], paging: Paging): string => {
  const t = wordsFor(site.lang);
  const photo = author.photo;
  const profile = html`<div class="profile">
${photo ? html`<img class="profile-photo" src="${photo.url}" width="${photo.width}" height="${photo.height}" alt="${photo.alt || author.name}" decoding="async">` : ''}
<div class="profile-text">
<h1 id="page-title">${author.name}</h1>
${author.jobTitle ? html`<p class="job-title">${author.jobTitle}</p>` : ''}
${author.bio ? html`<p class="bio">${author.bio}</p>` : ''}
${author.links.length
  ? html`<ul class="profile-links">${author.links.filter((link) => isWebAddress(link.url)).map((link) => html`<li><a href="${link.url}" rel="me noopener">${link.label}</a></li>`)}</ul>`
  : ''}
</div>
</div>`;
  return renderDocument(site, {
    title: author.name,
    description: author.bio ?? [author.name, author.jobTitle].filter(Boolean).join(', '),
    path: canonicalPath(paging),
    ogType: 'website',
    meta: feedLinks(site, 'authors', author.slug, author.name),
    structuredData: [profilePage(site, author, paging.path)],
    skipLink: { target: 'main', label: t.m.skipToStories },
    main: listMain('author-page', [
      html`<header class="list-header">${profile}</header>`,
      storyGroup('articles', t.fill(t.m.articlesBy, { name: author.name }), articles, site),
      pagination(paging, t),
    ]),
  });
};

// ---------------------------------------------------------------------------------------------
// A tag's list.

export const renderTagPage = (site: SiteContext, tag: TagView, articles: Teaser[], paging: Paging): string => {
  const t = wordsFor(site.lang);
  return renderDocument(site, {
    title: tag.name,
    description: tag.description ?? tag.name,
    path: canonicalPath(paging),
    ogType: 'website',
    meta: feedLinks(site, 'tags', tag.slug, tag.name),
    structuredData: [collectionPage(site, { name: tag.name, description: tag.description, path: canonicalPath(paging), teasers: articles })],
    skipLink: { target: 'main', label: t.m.skipToStories },
    main: listMain('tag-page', [listHeader(tag.name, tag.description), storyGroup('latest', t.m.latest, articles, site), pagination(paging, t)]),
  });
};
