import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { service } from '../../../services';
import { runSteps } from '../../comment/pipeline/runner';
import { REACTION_MESSAGES, VOTE_RULES, type ReactionValue } from '../rules';

/**
 * "Do you like this article?": one vote per reader per article. Repeating a vote changes
 * nothing; the other answer moves it. The unique ballot (article, locale, reader key) makes the
 * database itself refuse a second row, so concurrent votes from one reader leave exactly one.
 */
const REACTION = 'api::reaction.reaction';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async vote(input: { slug: string; locale?: string; value: unknown; voterKey: string }) {
    await runSteps(VOTE_RULES, { value: input.value }, undefined);
    const value = input.value as ReactionValue;
    const article = await service(strapi, 'api::article.lookup').findPublished(input.slug, input.locale);
    if (!article) throw new errors.NotFoundError(REACTION_MESSAGES.noArticle(input.slug));

    const ballot = `${article.documentId}:${article.locale}:${input.voterKey}`;
    const reactions = strapi.db.query(REACTION);
    // A changed vote and the likes/dislikes it moves commit together.
    const change = () =>
      strapi.db.transaction(async () => {
        const existing = await reactions.findOne({ select: ['id', 'value'], where: { ballot } });
        if (existing && existing.value !== value) await reactions.update({ where: { id: existing.id }, data: { value } });
        return Boolean(existing);
      });

    if (!(await change())) {
      try {
        await strapi.documents(REACTION).create({
          data: { article: { documentId: article.documentId, locale: article.locale }, value, voterKey: input.voterKey, ballot },
        });
      } catch (error) {
        // Another request from this reader stored its vote first: move that one instead.
        if (!(await change())) throw error;
      }
    }

    const { likes, dislikes } = await service(strapi, 'api::comment.tallies').read({ documentId: article.documentId, locale: article.locale });
    return { likes, dislikes, mine: value };
  },
});
