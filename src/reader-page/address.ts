/**
 * Where the reader pages are: `/articles/<slug>` in the default locale, `/<locale>/articles/<slug>`
 * in another, and the lists around the article the same way (`/`, `/sections/<slug>`,
 * `/authors/<slug>`, `/tags/<slug>`). One set of helpers for the pages themselves and every list
 * linking to them, so a link and the route it lands on never disagree.
 */
export const readerPath = (slug: string, locale?: string): string => (locale ? `/${locale}/articles/${slug}` : `/articles/${slug}`);

/** The prefix of every page in a locale: none for the default locale (passed as undefined). */
const under = (locale: string | undefined, path: string): string => (locale ? `/${locale}${path}` : path);

/** The home front: `/`, `/<locale>/`. */
export const homePath = (locale?: string): string => under(locale, '/');
export const sectionPath = (slug: string, locale?: string): string => under(locale, `/sections/${slug}`);
export const authorPath = (slug: string, locale?: string): string => under(locale, `/authors/${slug}`);
export const tagPath = (slug: string, locale?: string): string => under(locale, `/tags/${slug}`);
