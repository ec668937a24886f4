import type { Context } from 'koa';
import { openApiDocument } from '../../../openapi/document';

/** GET /api/openapi.json: the document src/openapi builds, the one docs/contracts/openapi.json holds. */
export default () => ({
  async document(ctx: Context) {
    ctx.type = 'application/json';
    ctx.body = openApiDocument();
  },
});
