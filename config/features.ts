/**
 * Strapi's firstPublishedAt (experimental in 5.54): the date of an entry's first publication,
 * kept through later publishes. Articles need it: a correction must not look like a new story,
 * and comments close a number of days after first publication.
 */
export default {
  future: {
    experimental_firstPublishedAt: true,
  },
};
