import type { BlockView, CorrectionView, ImageView } from './types';
import { lastModified } from './corrections';

/**
 * schema.org NewsArticle as JSON-LD: what search engines and social networks read from the page.
 * https://schema.org/NewsArticle
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
  byline: Array<{ name: string; slug: string }>;
  heroImage: ImageView | null;
  body: BlockView[];
  tags: Array<{ name: string }>;
  commentCount: number;
  likes: number;
  dislikes: number;
  canonicalUrl: string | null;
  publisher: { name: string; url: string | null; logoUrl: string | null };
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

export const toNewsArticle = (input: StructuredDataInput) => {
  const images = input.heroImage
    ? [input.heroImage.url, ...Object.values(input.heroImage.formats).filter((f) => f.width >= 696).map((f) => f.url)]
    : [];
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
    author: input.byline.map((author) => ({ '@type': 'Person', name: author.name })),
    ...(images.length ? { image: images } : {}),
    ...(input.dateline ? { dateline: input.dateline } : {}),
    inLanguage: input.locale,
    ...(input.tags.length ? { keywords: input.tags.map((tag) => tag.name).join(', ') } : {}),
    ...(input.canonicalUrl ? { url: input.canonicalUrl, mainEntityOfPage: input.canonicalUrl } : {}),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.publisher.name,
      ...(input.publisher.url ? { url: input.publisher.url } : {}),
      ...(input.publisher.logoUrl ? { logo: { '@type': 'ImageObject', url: input.publisher.logoUrl } } : {}),
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
