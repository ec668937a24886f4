import type { BlockView, CorrectionView, ImageView } from './types';
import { lastModified } from './corrections';
import { CROPS } from '../../image/crops/geometry';

/**
 * schema.org NewsArticle as JSON-LD: what search engines and social networks read from the page,
 * complete for Google's article guidance (headline, image in 16:9, 4:3 and 1:1 at least 1,200 px
 * wide, datePublished/dateModified, author as a Person with the address of their page, publisher
 * with its logo, mainEntityOfPage). https://schema.org/NewsArticle,
 * https://developers.google.com/search/docs/appearance/structured-data/article
 *
 * Addresses are absolute when the public origin is known and site-relative otherwise; the reader
 * page makes them absolute on its own origin (src/reader-page/render/structured-data.ts).
 */
export interface StructuredDataInput {
  title: string;
  summary: string | null;
  dateline: string | null;
  locale: string;
  /** First publication: never moved by an update or a correction. */
  publishedAt: string;
  updatedAt: string;
  /** The notes to readers, oldest first: corrections become CorrectionComments, the latest note moves dateModified. */
  corrections: CorrectionView[];
  /** Each author with the address of their page. */
  byline: Array<{ name: string; url: string }>;
  heroImage: ImageView | null;
  body: BlockView[];
  tags: Array<{ name: string }>;
  commentCount: number;
  likes: number;
  dislikes: number;
  /** The article's own address in its locale: url and mainEntityOfPage. */
  canonicalUrl: string;
  publisher: { name: string; url: string | null; logo: { url: string; width?: number; height?: number } };
}

const DESCRIPTION_LENGTH = 200;

const describe = (input: StructuredDataInput): string | undefined => {
  if (input.summary) return input.summary;
  const first = input.body.find((block) => block.type === 'paragraph');
  if (!first || first.type !== 'paragraph') return undefined;
  const words = [...first.text];
  return words.length <= DESCRIPTION_LENGTH ? first.text : `${words.slice(0, DESCRIPTION_LENGTH - 1).join('').trimEnd()}…`;
};

const counter = (action: 'LikeAction' | 'DislikeAction' | 'CommentAction', count: number) => ({
  '@type': 'InteractionCounter',
  interactionType: `https://schema.org/${action}`,
  userInteractionCount: count,
});

/**
 * The photo's three crops (16:9, 4:3, 1:1: src/api/image/crops), the ones Google asks for; a photo
 * uploaded before they existed offers its original and its formats wide enough to show.
 */
export const articleImages = (image: ImageView | null): string[] => {
  if (!image) return [];
  const crops = CROPS.flatMap(({ key }) => (image.formats[key] ? [image.formats[key].url] : []));
  if (crops.length === CROPS.length) return crops;
  return [image.url, ...Object.values(image.formats).filter((f) => f.width >= 696).map((f) => f.url)];
};

export const toNewsArticle = (input: StructuredDataInput) => {
  const images = articleImages(input.heroImage);
  const description = describe(input);
  const corrected = input.corrections
    .filter((note) => note.type === 'correction')
    .map((note) => ({ '@type': 'CorrectionComment', text: note.text, datePublished: note.at }));

  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    ...(description ? { description } : {}),
    datePublished: input.publishedAt,
    dateModified: lastModified(input.updatedAt, input.corrections),
    author: input.byline.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
    ...(images.length ? { image: images } : {}),
    ...(input.dateline ? { dateline: input.dateline } : {}),
    inLanguage: input.locale,
    ...(input.tags.length ? { keywords: input.tags.map((tag) => tag.name).join(', ') } : {}),
    url: input.canonicalUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.canonicalUrl },
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.publisher.name,
      ...(input.publisher.url ? { url: input.publisher.url } : {}),
      logo: { '@type': 'ImageObject', ...input.publisher.logo },
    },
    ...(corrected.length ? { correction: corrected } : {}),
    commentCount: input.commentCount,
    interactionStatistic: [
      counter('LikeAction', input.likes),
      counter('DislikeAction', input.dislikes),
      counter('CommentAction', input.commentCount),
    ],
  };
};
