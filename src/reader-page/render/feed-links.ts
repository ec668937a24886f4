import { html, type Html } from './html';
import { absoluteUrl, type SiteContext } from './layout';
import { feedPath, type FeedList } from '../address';

/** The head's pointers to a list page's feeds (RSS and Atom), so readers and aggregators find them from the page. */
export const feedLinks = (site: SiteContext, list: FeedList, slug: string | null, title: string): Html => html`<link rel="alternate" type="application/rss+xml" title="${title}" href="${absoluteUrl(site, feedPath(list, slug, 'rss', site.pathLocale))}">
<link rel="alternate" type="application/atom+xml" title="${title}" href="${absoluteUrl(site, feedPath(list, slug, 'atom', site.pathLocale))}">`;
