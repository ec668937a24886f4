import type { BlockView, ImageView } from './types';

/**
 * schema.org NewsArticle as JSON-LD: what search engines and social networks read from the page.
 * https://schema.org/NewsArticle
 */
export interface StructuredDataInput {
  title: string;
  summary: string | null;
  dateline: string | null;
  locale: string;
  publishedAt: string;
  updatedAt: string;
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

  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    ...(description ? { description } : {}),
    datePublished: input.publishedAt,
    dateModified: input.updatedAt,
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
    commentCount: input.commentCount,
    interactionStatistic: [
      counter('LikeAction', input.likes),
      counter('DislikeAction', input.dislikes),
      counter('CommentAction', input.commentCount),
    ],
  };
};
