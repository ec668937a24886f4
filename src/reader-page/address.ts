/**
 * Where the reader page of an article is: `/articles/<slug>` in the default locale,
 * `/<locale>/articles/<slug>` in another. One helper for the page itself and every list linking to it.
 */
export const readerPath = (slug: string, locale?: string): string => (locale ? `/${locale}/articles/${slug}` : `/articles/${slug}`);
