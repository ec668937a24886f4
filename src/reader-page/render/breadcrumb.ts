import { html, type Html } from './html';
import type { PageWords } from '../messages';
import { homePath, sectionPath } from '../address';
import type { Crumb } from './structured-data';

/**
 * Where an article sits: Home › World › Asia, from its section path (root first). The same
 * crumbs make the page's BreadcrumbList (structured-data.ts).
 */

export const articleCrumbs = (sections: ReadonlyArray<{ name: string; slug: string }>, t: PageWords, pathLocale?: string): Crumb[] => [
  { name: t.m.home, path: homePath(pathLocale) },
  ...sections.map((section) => ({ name: section.name, path: sectionPath(section.slug, pathLocale) })),
];

/** The separators are the stylesheet's (they mirror in right-to-left pages); the last crumb is where the article is filed. */
export const renderBreadcrumb = (crumbs: Crumb[], t: PageWords): Html => html`<nav class="breadcrumb" aria-label="${t.m.breadcrumb}"><ol>${crumbs.map(
  (crumb) => html`<li><a href="${crumb.path}">${crumb.name}</a></li>`
)}</ol></nav>`;

