import type { TestApp } from './app';
import { makeArticle, type ArticleLinks } from './articles';

/** The fixtures of the list tests (sections, fronts, authors and tags): sections by address, short linked articles. */

/** A section's documentId by its address (the demo seeds World and Asia). */
export const sectionId = async (app: TestApp, slug: string): Promise<string> => {
  const found = await app.strapi.documents('api::section.section').findFirst({ filters: { slug }, locale: 'en' });
  if (!found) throw new Error(`no section ${slug}`);
  return found.documentId;
};

/** A one-paragraph article without media, linked as asked (the default section when none is named), published unless asked. */
export const listedArticle = (app: TestApp, slug: string, links: ArticleLinks & { publish?: boolean } = {}): Promise<string> =>
  makeArticle(app, { slug, paragraphs: 1, withMedia: false, ...links });

/**
 * Takes the primary section off every version of an article in the database itself, as rows
 * written before publishing required one are (the publish rule refuses this through Strapi).
 */
export const dropPrimarySection = async (app: TestApp, documentId: string): Promise<void> => {
  const article = app.strapi.db.metadata.get('api::article.article');
  const { joinTable } = article.attributes.section as unknown as { joinTable: { name: string; joinColumn: { name: string } } };
  const rows = (await app.strapi.db.query('api::article.article').findMany({ select: ['id'], where: { documentId } })) as Array<{ id: number }>;
  await app.strapi.db
    .connection(joinTable.name)
    .whereIn(
      joinTable.joinColumn.name,
      rows.map((row) => row.id)
    )
    .delete();
};
