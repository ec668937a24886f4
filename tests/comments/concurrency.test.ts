import { bootApp, type TestApp } from '../helpers/app';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { DEMO_SLUG } from '../../src/demo/reference-article';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
});
afterAll(async () => {
  await app?.close();
});

describe('under load', () => {
  it('200 comments posted at once are all stored, each exactly once', async () => {
    const before = await app.strapi.db.query('api::comment.comment').count();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        asReader(app, newReaderAddress())
          .post(`/api/articles/${DEMO_SLUG}/comments`)
          .send({ data: { authorName: `Reader ${i}`, authorEmail: `reader${i}@example.org`, body: `Concurrent comment number ${i}` } })
      )
    );
    const failed = results.filter((r) => r.status !== 201).map((r) => `${r.status} ${JSON.stringify(r.body)}`);
    expect(failed).toEqual([]);
    const ids = results.map((r) => r.body.data.id as string);
    expect(new Set(ids).size).toBe(200);

    expect(await app.strapi.db.query('api::comment.comment').count()).toBe(before + 200);
    const stored = await app.strapi.db.query('api::comment.comment').findMany({
      where: { documentId: { $in: ids } },
      select: ['body'],
    });
    const bodies = stored.map((row: { body: string }) => row.body).sort();
    expect(bodies).toEqual(Array.from({ length: 200 }, (_, i) => `Concurrent comment number ${i}`).sort());
  });
});
