import { bootApp, type TestApp } from '../helpers/app';
import { signInAsEditor } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';
import { service } from '../../src/services';

/**
 * A copy of an article (the content manager's duplicate, or the document service's clone) is a new
 * story: no first-publication date of its own (Strapi copied its source's), no publish or unpublish
 * time of its source's; it keeps the source's embargo.
 */
let app: TestApp;
let editor: string;

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const EMBARGO = new Date('2031-03-04T05:06:07.000Z');

beforeAll(async () => {
  app = await bootApp();
  await service(app.strapi, 'api::article.schedule').stop();
  editor = await signInAsEditor(app);
});
afterAll(async () => {
  await app?.close();
});

const rowsOf = (documentId: string) =>
  app.strapi.db.query(ARTICLE).findMany({
    select: ['locale', 'publishedAt', 'firstPublishedAt', 'publishAt', 'unpublishAt', 'embargoUntil'],
    where: { documentId },
  }) as Promise<Array<Record<string, string | null>>>;

/** A published story whose draft is scheduled to be republished and taken down later. */
const source = async (slug: string) => {
  const documentId = await makeArticle(app, { slug, paragraphs: 1, withMedia: false });
  await app.strapi
    .documents(ARTICLE)
    .update({ documentId, locale: 'en', data: { publishAt: new Date(Date.now() + 3_600_000), unpublishAt: new Date(Date.now() + 7_200_000) } } as never);
  const [draft] = (await rowsOf(documentId)).filter((row) => row.publishedAt === null);
  expect(draft.firstPublishedAt).not.toBeNull();
  return documentId;
};

describe('a copy of an article', () => {
  it('made in the content manager starts with no first-publication date and no schedule of its own', async () => {
    const original = await source('copied-in-admin');
    const res = await app.http().post(`${CM}/clone/${original}?locale=en`).set('Authorization', `Bearer ${editor}`).send({ slug: 'copied-in-admin-copy' }).expect(200);
    const copy = res.body.data.documentId as string;
    expect(copy).not.toBe(original);
    expect(await rowsOf(copy)).toEqual([{ locale: 'en', publishedAt: null, firstPublishedAt: null, publishAt: null, unpublishAt: null, embargoUntil: null }]);
    // Its source keeps its own.
    expect((await rowsOf(original)).every((row) => row.firstPublishedAt !== null)).toBe(true);
  });

  it('made by the document service starts the same way, and keeps its source’s embargo', async () => {
    const original = await makeArticle(app, { slug: 'embargoed-original', paragraphs: 1, withMedia: false, publish: false });
    await app.strapi.documents(ARTICLE).update({ documentId: original, locale: 'en', data: { embargoUntil: EMBARGO } } as never);
    // As a script might: the copy asked to carry the source's first publication.
    const cloned = await app.strapi
      .documents(ARTICLE)
      .clone({ documentId: original, locale: 'en', data: { slug: 'embargoed-copy', firstPublishedAt: new Date('2020-01-01T00:00:00Z') } } as never);
    const [row] = await rowsOf(cloned!.documentId);
    expect(row).toMatchObject({ firstPublishedAt: null, publishAt: null, unpublishAt: null });
    expect(new Date(row.embargoUntil!).toISOString()).toBe(EMBARGO.toISOString());
  });

  it('once published, dates itself by its own publication', async () => {
    const original = await source('dated-original');
    const res = await app.http().post(`${CM}/clone/${original}?locale=en`).set('Authorization', `Bearer ${editor}`).send({ slug: 'dated-copy' }).expect(200);
    const copy = res.body.data.documentId as string;
    const before = Date.now();
    await app.strapi.documents(ARTICLE).publish({ documentId: copy, locale: 'en' });
    const [draft] = (await rowsOf(copy)).filter((row) => row.publishedAt === null);
    expect(new Date(draft.firstPublishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const page = await app.http().get('/api/articles/dated-copy/assembled').expect(200);
    expect(new Date(page.body.data.publishedAt ?? page.body.data.firstPublishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});
