import { bootApp, type TestApp } from '../helpers/app';
import { signInAsSuperAdmin } from '../helpers/auth';

/** The admin panel speaks the newsroom's language, read through the admin API the UI uses. */
let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await bootApp();
  token = await signInAsSuperAdmin(app);
});
afterAll(async () => {
  await app?.close();
});

const configuration = async (uid: string) =>
  (
    await app
      .http()
      .get(`/content-manager/content-types/${uid}/configuration`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200)
  ).body.data.contentType;

describe('the admin panel, as an editor sees it', () => {
  it('lists comments by status, article, author, start of the text and date', async () => {
    const config = await configuration('api::comment.comment');
    expect(config.layouts.list).toEqual(['moderationStatus', 'article', 'authorName', 'body', 'createdAt']);
    expect(config.settings).toMatchObject({ defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' });
    expect(config.metadatas.authorEmail.edit.description).toMatch(/never shown to readers/i);
  });

  it('labels article fields as a news editor knows them, in story order', async () => {
    const config = await configuration('api::article.article');
    expect(config.metadatas.title.edit.label).toBe('Headline');
    expect(config.metadatas.summary.edit.label).toBe('Standfirst');
    expect(config.metadatas.dateline.edit.description).toMatch(/KABUL/);
    const order = config.layouts.edit.flat().map((field: { name: string }) => field.name);
    expect(order.indexOf('title')).toBeLessThan(order.indexOf('body'));
    expect(order.indexOf('byline')).toBeLessThan(order.indexOf('body'));
    // The primary section is asked for before publishing: it is in the edit view, named by name.
    expect(order).toEqual(expect.arrayContaining(['section', 'sections']));
    expect(config.metadatas.section.edit.mainField).toBe('name');
  });

  it('lists articles by headline, section, byline, their schedule and last update, in words, with their status', async () => {
    const config = await configuration('api::article.article');
    expect(config.layouts.list).toEqual(['title', 'section', 'byline', 'publishAt', 'unpublishAt', 'embargoUntil', 'updatedAt']);
    const labels = config.layouts.list.map((field: string) => config.metadatas[field].list.label);
    expect(labels).toEqual(['Headline', 'Section', 'Byline', 'Publish at', 'Unpublish at', 'Embargo until', 'Last updated']);
    // The schedule's columns sort like any other.
    for (const field of ['publishAt', 'unpublishAt', 'embargoUntil']) expect(config.metadatas[field].list.sortable).toBe(true);
    // Relations show names, not ids.
    expect(config.metadatas.section.list.mainField).toBe('name');
    expect(config.metadatas.byline.list.mainField).toBe('name');
    expect(config.settings).toMatchObject({ defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
    // The admin panel adds its Status column to the list of every type with drafts.
    const init = await app.http().get('/content-manager/init').set('Authorization', `Bearer ${token}`).expect(200);
    const article = init.body.data.contentTypes.find((type: { uid: string }) => type.uid === 'api::article.article');
    expect(article.options.draftAndPublish).toBe(true);
  });

  it('shows related entries by what editors know them by', async () => {
    const article = await configuration('api::article.article');
    expect(article.metadatas.heroImage.edit.mainField).toBe('alt');
    expect(article.metadatas.byline.edit.mainField).toBe('name');
    const comment = await configuration('api::comment.comment');
    expect(comment.metadatas.article.edit.mainField).toBe('title');
  });

  it('explains credit and alt text on images', async () => {
    const config = await configuration('api::image.image');
    expect(config.metadatas.credit.edit.placeholder).toBe('Alexander Zemlianichenko/AFP');
    expect(config.metadatas.alt.edit.label).toBe('Alt text');
    expect([config.metadatas.focalX.edit.label, config.metadatas.focalY.edit.label]).toEqual(['Focal point across', 'Focal point down']);
  });

  it('shows the demo article to editors in the content manager', async () => {
    const res = await app
      .http()
      .get('/content-manager/collection-types/api::article.article?locale=en')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(res.body.results.map((a: { slug: string }) => a.slug)).toContain('evidence-mounts-of-close-al-qaeda-taliban-relationship');
  });
});
