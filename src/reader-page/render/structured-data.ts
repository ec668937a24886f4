import { isWebAddress } from './html';
import { absoluteUrl, type SiteContext } from './layout';
import type { Teaser } from '../../api/article/assembly/teaser';
import type { AuthorView } from '../../api/author/services/page';
import type { toNewsArticle } from '../../api/article/assembly/structured-data';

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

type NewsArticle = ReturnType<typeof toNewsArticle>;

/**
 * The assembled article's NewsArticle with every address absolute on the page's origin: the
 * article's own, its authors' pages, its photo's crops, the publisher's logo. The assembled
 * article writes them site-relative when it knows no public origin; a search engine reads them
 * off this page, so here they never are.
 */
export const absoluteNewsArticle = (site: Pick<SiteContext, 'origin'>, data: NewsArticle): NewsArticle => {
  const absolute = (url: string) => absoluteUrl(site, url);
  return {
    ...data,
    url: absolute(data.url),
    mainEntityOfPage: { ...data.mainEntityOfPage, '@id': absolute(data.mainEntityOfPage['@id']) },
    author: data.author.map((author) => ({ ...author, url: absolute(author.url) })),
    ...('image' in data && data.image ? { image: data.image.map(absolute) } : {}),
    publisher: { ...data.publisher, url: data.publisher.url ? absolute(data.publisher.url) : site.origin, logo: { ...data.publisher.logo, url: absolute(data.publisher.logo.url) } },
  };
};
