import { isWebAddress } from './html';
import { absoluteUrl, type SiteContext } from './layout';
import type { Teaser } from '../../api/article/assembly/teaser';
import type { AuthorView } from '../../api/author/services/page';

/**
 * schema.org descriptions of the pages around the article, for search engines: a list is a
 * CollectionPage whose main entity is the ItemList of its stories, an author's page a
 * ProfilePage about a Person, an article's place in the sections a BreadcrumbList. Every address
 * is absolute, as the article's own NewsArticle is.
 */

const CONTEXT = 'https://schema.org';

export interface Crumb {
  name: string;
  path: string;
}

const itemList = (site: SiteContext, teasers: Teaser[]) => ({
  '@type': 'ItemList',
  numberOfItems: teasers.length,
  itemListElement: teasers.map((teaser, i) => ({ '@type': 'ListItem', position: i + 1, url: absoluteUrl(site, teaser.path), name: teaser.headline })),
});

export const collectionPage = (site: SiteContext, page: { name: string; description: string | null; path: string; teasers: Teaser[] }) => ({
  '@context': CONTEXT,
  '@type': 'CollectionPage',
  name: page.name,
  ...(page.description ? { description: page.description } : {}),
  url: absoluteUrl(site, page.path),
  inLanguage: site.lang,
  mainEntity: itemList(site, page.teasers),
});

export const profilePage = (site: SiteContext, author: AuthorView, path: string) => {
  const url = absoluteUrl(site, path);
  const sameAs = author.links.map((link) => link.url).filter(isWebAddress);
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url,
    inLanguage: site.lang,
    mainEntity: {
      '@type': 'Person',
      name: author.name,
      url,
      ...(author.jobTitle ? { jobTitle: author.jobTitle } : {}),
      ...(author.bio ? { description: author.bio } : {}),
      ...(author.photo ? { image: absoluteUrl(site, author.photo.url) } : {}),
      ...(sameAs.length ? { sameAs } : {}),
    },
  };
};

export const breadcrumbList = (site: SiteContext, crumbs: Crumb[]) => ({
  '@context': CONTEXT,
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(site, crumb.path) })),
});
