import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../validation/field-error';
import { service } from '../../../services';

/**
 * "Do you like this article?": one vote per reader per article. Repeating a vote changes
 * nothing; the other answer moves it. The unique ballot (article, locale, reader key) makes the
 * database itself refuse a second row, so concurrent votes from one reader leave exactly one.
 */
export type ReactionValue = 'like' | 'dislike';
const REACTION = 'api::reaction.reaction';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async vote(input: { slug: string; locale?: string; value: unknown; voterKey: string }) {
    if (input.value !== 'like' && input.value !== 'dislike') {
      throw fieldError('value', 'Answer with "like" or "dislike".', 'Must be like or dislike.');
    }
    const value = input.value as ReactionValue;
    const article = await service(strapi, 'api::article.lookup').findPublished(input.slug, input.locale);
    if (!article) throw new errors.NotFoundError(`No published article "${input.slug}".`);

    const ballot = `${article.documentId}:${article.locale}:${input.voterKey}`;
    const reactions = strapi.db.query(REACTION);
    const change = async () => {
      const existing = await reactions.findOne({ select: ['id', 'value'], where: { ballot } });
      if (existing && existing.value !== value) await reactions.update({ where: { id: existing.id }, data: { value } });
      return Boolean(existing);
    };

    if (!(await change())) {
      try {
        await strapi.documents(REACTION).create({
          data: { article: { documentId: article.documentId, locale: article.locale }, value, voterKey: input.voterKey, ballot },
        } as never);
      } catch (error) {
        // Another request from this reader stored its vote first: move that one instead.
        if (!(await change())) throw error;
      }
    }

    const counts = await service(strapi, 'api::reaction.tally')
      .countFor({ documentId: article.documentId, locale: article.locale });
    return { ...counts, mine: value };
  },
});
