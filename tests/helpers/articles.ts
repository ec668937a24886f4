import type { TestApp } from './app';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/** Builds articles, comments and reactions for a test through the document service. */

const paragraph = (text: string) => ({
  __component: 'article.paragraph' as const,
  text: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
});

/**
 * The section an article gets when a test names none (publishing needs one): the demo article's
 * primary section (Asia), or a "News" section made once when there is no demo.
 */
export const defaultSection = async (app: TestApp): Promise<string> => {
  const demo = await app.strapi.documents('api::article.article').findFirst({ locale: 'en', filters: { slug: DEMO_SLUG }, populate: { section: true } });
  const section = (demo?.section as { documentId: string } | null | undefined)?.documentId;
  if (section) return section;
  const sections = app.strapi.documents('api::section.section');
  const news = (await sections.findFirst({ locale: 'en', filters: { slug: 'news' } })) ?? (await sections.create({ locale: 'en', data: { name: 'News', slug: 'news' } }));
  return news.documentId;
};

/** What an article links: its primary section (`null`: none, a draft), further sections, byline, tags (documentIds). */
export interface ArticleLinks {
  section?: string | null;
  sections?: string[];
  byline?: string[];
  tags?: string[];
}

export const makeArticle = async (
  app: TestApp,
  options: { slug: string; title?: string; paragraphs?: number; publish?: boolean; withMedia?: boolean } & ArticleLinks
) => {
  const documents = app.strapi.documents('api::article.article');
  const demo = await documents.findFirst({
    locale: 'en',
    populate: { heroImage: true, body: { on: { 'article.image': { populate: ['image'] }, 'article.quote': { populate: ['quote'] } } } },
  });
  const demoBody = (demo?.body ?? []) as Array<{ __component: string; image?: { documentId: string }; quote?: { documentId: string } }>;
  const image = demoBody.find((b) => b.__component === 'article.image')?.image?.documentId;
  const quote = demoBody.find((b) => b.__component === 'article.quote')?.quote?.documentId;

  const body: object[] = [];
  for (let i = 0; i < (options.paragraphs ?? 3); i += 1) {
    body.push(paragraph(`Paragraph ${i + 1}.`));
    if (options.withMedia !== false && i % 3 === 0) {
      body.push({ __component: 'article.subheading', text: `Section ${i / 3 + 1}` });
      if (image) body.push({ __component: 'article.image', image });
      if (quote) body.push({ __component: 'article.quote', quote, attribution: 'he said.', display: 'inline' });
    }
  }
  const created = await documents.create({
    locale: 'en',
    data: {
      title: options.title ?? `Article ${options.slug}`,
      slug: options.slug,
      dateline: 'HERAT',
      heroImage: (demo?.heroImage as { documentId: string } | undefined)?.documentId,
      body,
      section: options.section === undefined ? await defaultSection(app) : options.section,
      sections: options.sections ?? [],
      byline: options.byline ?? [],
      tags: options.tags ?? [],
    },
  } as never);
  if (options.publish !== false) await documents.publish({ documentId: created.documentId, locale: 'en' });
  return created.documentId;
};

export const addComment = async (
  app: TestApp,
  article: string,
  options: { body?: string; moderationStatus?: 'pending' | 'approved' | 'rejected' | 'spam'; parent?: string; locale?: string } = {}
) => {
  const created = await app.strapi.documents('api::comment.comment').create({
    data: {
      article: { documentId: article, locale: options.locale ?? 'en' },
      parent: options.parent,
      authorName: 'Reader',
      authorEmail: 'secret-reader@example.org',
      body: options.body ?? 'A comment.',
      moderationStatus: options.moderationStatus ?? 'approved',
      moderationNote: 'private note',
    },
  } as never);
  return created.documentId;
};

export const addReaction = async (app: TestApp, article: string, value: 'like' | 'dislike', voter: string) => {
  await app.strapi.documents('api::reaction.reaction').create({
    data: { article: { documentId: article, locale: 'en' }, value, voterKey: voter, ballot: `${article}:en:${voter}` },
  } as never);
};
