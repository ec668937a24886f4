import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { createApiToken, signInAsSuperAdmin } from '../helpers/auth';

/**
 * A comment belongs to an article on every write path: an update cannot take the article away,
 * whether by `disconnect`, `set: []` or `null`.
 */
let app: TestApp;
let article: string;
let apiToken: string;
let adminToken: string;
const UID = 'api::comment.comment';
const CM = `/content-manager/collection-types/${UID}`;

beforeAll(async () => {
  app = await bootApp();
  article = await makeArticle(app, { slug: 'anchored-story' });
  apiToken = await createApiToken(app);
  adminToken = await signInAsSuperAdmin(app);
});
afterAll(async () => {
  await app?.close();
});

const articleOf = async (documentId: string) => {
  const row = await app.strapi.db.query(UID).findOne({ where: { documentId }, populate: { article: { select: ['documentId'] } } });
  return (row?.article as { documentId?: string } | null)?.documentId ?? null;
};
const articleRowId = async () =>
  ((await app.strapi.db.query('api::article.article').findOne({ where: { documentId: article, publishedAt: { $null: true } } })) as { id: number }).id;

const removals = async (): Promise<Array<[string, unknown]>> => {
  const id = await articleRowId();
  return [
    ['disconnect', { disconnect: [{ documentId: article, locale: 'en' }] }],
    ['disconnect by id', { disconnect: [id] }],
    ['set: []', { set: [] }],
    ['null', null],
    ['an empty list', []],
  ];
};

describe('an update cannot take a comment away from its article', () => {
  it('REST with an API token', async () => {
    for (const [name, relation] of await removals()) {
      const comment = await addComment(app, article);
      const res = await app.http().put(`/api/comments/${comment}`).set('Authorization', `Bearer ${apiToken}`).send({ data: { article: relation } });
      expect([name, res.status]).toEqual([name, 400]);
      expect(res.body.error.details.errors[0].path).toEqual(['article']);
      expect(await articleOf(comment)).toBe(article);
    }
  });

  it('the admin panel content manager', async () => {
    for (const [name, relation] of await removals()) {
      const comment = await addComment(app, article);
      const res = await app.http().put(`${CM}/${comment}`).set('Authorization', `Bearer ${adminToken}`).send({ article: relation });
      expect([name, res.status]).toEqual([name, 400]);
      expect(await articleOf(comment)).toBe(article);
    }
  });

  it('the document service', async () => {
    for (const [name, relation] of await removals()) {
      const comment = await addComment(app, article);
      await expect(app.strapi.documents(UID).update({ documentId: comment, data: { article: relation } } as never)).rejects.toThrow(
        /article field is required/
      );
      expect([name, await articleOf(comment)]).toEqual([name, article]);
    }
  });

  it('strapi.db.query, one row and many', async () => {
    for (const [name, relation] of await removals()) {
      const comment = await addComment(app, article);
      await expect(app.strapi.db.query(UID).update({ where: { documentId: comment }, data: { article: relation } } as never)).rejects.toThrow(
        /article field is required/
      );
      await expect(app.strapi.db.query(UID).updateMany({ where: { documentId: comment }, data: { article: relation } } as never)).rejects.toThrow(
        /article field is required/
      );
      expect([name, await articleOf(comment)]).toEqual([name, article]);
    }
  });

  it('moving a comment to another article is still allowed', async () => {
    const other = await makeArticle(app, { slug: 'other-anchor' });
    const comment = await addComment(app, article);
    await app.strapi.documents(UID).update({ documentId: comment, data: { article: { documentId: other, locale: 'en' } } } as never);
    expect(await articleOf(comment)).toBe(other);
  });
});
