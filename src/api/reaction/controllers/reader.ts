import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readData, readLocale } from '../../comment/controllers/validation';
import { REACTION_FIELDS } from '../rules';
import { readerKey } from '../../../readers/identity';
import { service } from '../../../services';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/articles/:slug/reactions */
  async vote(ctx: Context) {
    const data = readData(ctx.request.body, REACTION_FIELDS);
    ctx.body = {
      data: await service(strapi, 'api::reaction.voting').vote({
        slug: String(ctx.params.slug),
        locale: readLocale(ctx.query),
        value: data.value,
        voterKey: readerKey(strapi, ctx),
      }),
    };
  },
});
