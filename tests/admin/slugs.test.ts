import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken, signInAsEditor } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';

/**
 * An article's address: one slug in every locale, whatever a write sends; it follows the headline
 * until the first publication, then only moves when a write sets it (the old address answering
 * 301 in every locale); a headline without Latin words gets a neutral address, never a
 * transliteration; a slug of another article, or one that is no address, is a 400 on `slug` and
 * nothing is written. Through the document service, REST, the admin panel and strapi.db.query.
 */
let app: TestApp;
let editor: string;
let token: string;
const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

beforeAll(async () => {
  app = await bootApp();
  editor = await signInAsEditor(app);
  token = await createApiToken(app);
});
afterAll(async () => {
  await app?.close();
});

const articles = () => app.strapi.documents(ARTICLE);
const rows = () => app.strapi.db.query(ARTICLE);
const admin = {
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${editor}`),
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${editor}`),
};

/** Every version's slug, by locale and status ("en", "en*" when published). */
const slugs = async (documentId: string): Promise<Record<string, string>> => {
  const found = (await rows().findMany({ select: ['locale', 'slug', 'publishedAt'], where: { documentId } })) as Array<{
    locale: string;
    slug: string;
    publishedAt: string | null;
  }>;
  return Object.fromEntries(found.map((row) => [`${row.locale}${row.publishedAt ? '*' : ''}`, row.slug]));
};
const slugOf = async (documentId: string, locale = 'en') =>
  ((await rows().findOne({ select: ['slug'], where: { documentId, locale, publishedAt: null } })) as { slug: string }).slug;
const draft = async (title: string, slug?: string, locale = 'en') =>
  (await articles().create({ locale, data: { title, ...(slug === undefined ? {} : { slug }) } } as never)).documentId;

describe('one slug in every locale', () => {
  it('a new locale version takes the document’s slug, whatever the write sends, on every path', async () => {
    const documentId = await makeArticle(app, { slug: 'shared-address', title: 'Shared address' });
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'نشانی مشترک', slug: 'neshani-moshtarak' } } as never);
    await admin.put(`${CM}/${documentId}?locale=ps`).send({ title: 'د هرات سیلاب', slug: 'd-hrat-sylab' }).expect(200);
    // REST publishes unless asked for a draft.
    await app
      .http()
      .put(`/api/articles/${documentId}?locale=ur`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'مشترکہ پتہ', slug: 'article' } })
      .expect(200);
    expect(await slugs(documentId)).toEqual({
      en: 'shared-address',
      'en*': 'shared-address',
      'fa-AF': 'shared-address',
      ps: 'shared-address',
      ur: 'shared-address',
      'ur*': 'shared-address',
    });
  });

  it('a raw database row of a new locale takes it too', async () => {
    const documentId = await makeArticle(app, { slug: 'raw-translation' });
    await rows().create({
      data: { documentId, locale: 'ps', title: 'خام', slug: 'khaam', commentsEnabled: true, commentModeration: 'pre' },
    });
    expect(await rows().findOne({ select: ['slug'], where: { documentId, locale: 'ps' } })).toMatchObject({
      slug: 'raw-translation',
    });
  });

  it('a slug set on one locale version moves all of them; the old address answers 301 in every locale once published', async () => {
    const documentId = await makeArticle(app, { slug: 'before-the-move', title: 'Before the move' });
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'پیش از جابجایی' } } as never);
    await articles().publish({ documentId, locale: 'fa-AF' });

    // The editor changes the address on the Dari version in the admin panel: every draft moves, the pages wait for publication.
    await admin.put(`${CM}/${documentId}?locale=fa-AF`).send({ title: 'پیش از جابجایی', slug: 'after-the-move' }).expect(200);
    expect(await slugs(documentId)).toEqual({
      en: 'after-the-move',
      'en*': 'before-the-move',
      'fa-AF': 'after-the-move',
      'fa-AF*': 'before-the-move',
    });
    await app.http().get('/fa-AF/articles/before-the-move').expect(200);

    // Publishing one version moves the other published versions with it.
    await admin.post(`${CM}/${documentId}/actions/publish?locale=fa-AF`).send({}).expect(200);
    expect(await slugs(documentId)).toEqual({
      en: 'after-the-move',
      'en*': 'after-the-move',
      'fa-AF': 'after-the-move',
      'fa-AF*': 'after-the-move',
    });

    for (const [prefix, query] of [
      ['', ''],
      ['/fa-AF', '?locale=fa-AF'],
    ]) {
      const page = await app.http().get(`${prefix}/articles/before-the-move`).expect(301);
      expect(page.headers.location).toBe(`${prefix}/articles/after-the-move`);
      const api = await app.http().get(`/api/articles/before-the-move/assembled${query}`).expect(301);
      expect(api.headers.location).toBe(`/api/articles/after-the-move/assembled${query}`);
      await app.http().get(`${prefix}/articles/after-the-move`).expect(200);
      await app.http().get(`/api/articles/after-the-move/assembled${query}`).expect(200);
    }
  });
});

describe('before the first publication, the slug follows the headline', () => {
  it('made from the headline, the placeholder replaced, unique among documents', async () => {
    const first = await draft('Floods in Herat', 'article');
    expect(await slugOf(first)).toBe('floods-in-herat');
    const second = await draft('Floods in Herat');
    expect(await slugOf(second)).toBe('floods-in-herat-1');
  });

  it('a new headline gives a new slug, on the document service, REST and the admin panel', async () => {
    const documentId = await draft('Water rises in Herat', 'article');
    await articles().update({ documentId, locale: 'en', data: { title: 'Water rises in Kabul' } } as never);
    expect(await slugOf(documentId)).toBe('water-rises-in-kabul');
    await app
      .http()
      .put(`/api/articles/${documentId}?status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Water falls in Kabul' } })
      .expect(200);
    expect(await slugOf(documentId)).toBe('water-falls-in-kabul');
    // The admin panel sends the whole form, the slug as it was.
    await admin
      .put(`${CM}/${documentId}?locale=en`)
      .send({ title: 'Water falls in Kandahar', slug: 'water-falls-in-kabul' })
      .expect(200);
    expect(await slugOf(documentId)).toBe('water-falls-in-kandahar');
  });

  it('a translation’s headline does not move it', async () => {
    const documentId = await draft('Roads reopen', 'article');
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'راه‌ها باز شد' } } as never);
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'راه‌ها دوباره باز شد' } } as never);
    expect(await slugs(documentId)).toEqual({ en: 'roads-reopen', 'fa-AF': 'roads-reopen' });
  });

  it('a slug set by hand stays', async () => {
    const documentId = await draft('Snow in Bamyan', 'bamyan-snow');
    await articles().update({ documentId, locale: 'en', data: { title: 'Heavy snow in Bamyan' } } as never);
    expect(await slugOf(documentId)).toBe('bamyan-snow');
  });

  it('a headline without Latin words gives a neutral address, never a transliteration', async () => {
    const documentId = await draft('د هرات سیلاب', '', 'ps');
    const neutral = await slugOf(documentId, 'ps');
    expect(neutral).toMatch(/^article-[0-9a-f]{6}$/);
    await articles().update({ documentId, locale: 'ps', data: { title: 'د کابل سیلاب' } } as never);
    expect(await slugOf(documentId, 'ps')).toBe(neutral);
    await articles().update({ documentId, locale: 'ps', data: { title: 'د کابل سیلاب: UNICEF report' } } as never);
    expect(await slugOf(documentId, 'ps')).toBe('unicef-report');
  });
});

describe('once published, the slug is frozen', () => {
  it('a new headline leaves it, published or unpublished since; a write setting it moves it with a redirect', async () => {
    const documentId = await makeArticle(app, { slug: 'article-of-record', title: 'Article of record' });
    await articles().update({ documentId, locale: 'en', data: { title: 'A new headline' } } as never);
    await articles().publish({ documentId, locale: 'en' });
    await articles().unpublish({ documentId, locale: 'en' });
    await articles().update({ documentId, locale: 'en', data: { title: 'Yet another headline' } } as never);
    expect(await slugOf(documentId)).toBe('article-of-record');

    await articles().update({ documentId, locale: 'en', data: { slug: 'record-moved' } } as never);
    await articles().publish({ documentId, locale: 'en' });
    expect((await app.http().get('/articles/article-of-record').expect(301)).headers.location).toBe('/articles/record-moved');
  });
});

describe('the admin panel’s slug generator', () => {
  const generate = (data: Record<string, unknown>, locale = 'en') =>
    admin.post(`/content-manager/uid/generate?locale=${locale}`).send({ contentTypeUID: ARTICLE, field: 'slug', data });

  it('gives the headline’s Latin words, free among documents', async () => {
    await draft('Drought in Balkh', 'drought-in-balkh');
    expect((await generate({ id: '', title: 'Drought in Balkh' }).expect(200)).body.data).toBe('drought-in-balkh-1');
    expect((await generate({ id: '', title: 'Quiet week' }).expect(200)).body.data).toBe('quiet-week');
  });

  it('a neutral address for a headline without Latin words', async () => {
    expect((await generate({ id: '', title: 'د هرات سیلاب' }, 'ps').expect(200)).body.data).toMatch(/^article-[0-9a-f]{6}$/);
  });

  it('the document’s slug for a new locale version', async () => {
    const documentId = await makeArticle(app, { slug: 'generated-for-translation' });
    expect((await generate({ id: documentId, title: 'د هرات سیلاب' }, 'ps').expect(200)).body.data).toBe(
      'generated-for-translation'
    );
  });

  it('other types keep Strapi’s generator', async () => {
    const res = await admin
      .post('/content-manager/uid/generate?locale=en')
      .send({ contentTypeUID: 'api::tag.tag', field: 'slug', data: { name: 'Élections 2026' } })
      .expect(200);
    expect(res.body.data).toBe('elections-2026');
  });
});

describe('a slug of another article, or no address, is refused: 400 on slug, nothing written', () => {
  const expectSlugError = (res: {
    status: number;
    body: { data: unknown; error: { status: number; name: string; details: { errors: Array<{ path: string[] }> } } };
  }) => {
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(res.body.error.details.errors[0].path).toEqual(['slug']);
  };

  it('through the admin panel and REST', async () => {
    await makeArticle(app, { slug: 'taken-address' });
    const mine = await makeArticle(app, { slug: 'my-address' });
    expectSlugError(await admin.put(`${CM}/${mine}?locale=en`).send({ slug: 'taken-address' }));
    expectSlugError(await admin.put(`${CM}/${mine}?locale=en`).send({ slug: 'not-an-address!' }));
    expectSlugError(
      await app
        .http()
        .put(`/api/articles/${mine}?locale=en`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { slug: 'taken-address' } })
    );
    const before = await app.strapi.db.query(ARTICLE).count({ where: { title: 'Taken twice' } });
    expectSlugError(await admin.post(`${CM}?locale=en`).send({ title: 'Taken twice', slug: 'taken-address' }));
    expect(await app.strapi.db.query(ARTICLE).count({ where: { title: 'Taken twice' } })).toBe(before);
    expect(await slugs(mine)).toEqual({ en: 'my-address', 'en*': 'my-address' });
  });

  it('through the document service and strapi.db.query, in another locale too', async () => {
    const taken = await draft('Taken in Dari', 'dari-taken', 'fa-AF');
    const mine = await makeArticle(app, { slug: 'mine-again' });
    await expect(
      articles().update({ documentId: mine, locale: 'en', data: { slug: 'dari-taken' } } as never)
    ).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [{ path: ['slug'] }] },
    });
    await expect(
      rows().update({ where: { documentId: mine, locale: 'en', publishedAt: null }, data: { slug: 'dari-taken' } })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      rows().update({ where: { documentId: mine, locale: 'en', publishedAt: null }, data: { slug: 'Bad Slug' } })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      rows().create({ data: { title: 'Raw', slug: 'dari-taken', locale: 'en', commentsEnabled: true, commentModeration: 'pre' } })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await slugs(mine)).toEqual({ en: 'mine-again', 'en*': 'mine-again' });
    expect(await slugs(taken)).toEqual({ 'fa-AF': 'dari-taken' });
    expect(await rows().count({ where: { title: 'Raw' } })).toBe(0);
  });

  it('a bulk write giving several articles one slug', async () => {
    const one = await draft('Bulk one', 'bulk-one');
    const two = await draft('Bulk two', 'bulk-two');
    await expect(
      rows().updateMany({ where: { documentId: { $in: [one, two] } }, data: { slug: 'bulk-both' } })
    ).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [{ path: ['slug'] }] },
    });
    expect([await slugOf(one), await slugOf(two)]).toEqual(['bulk-one', 'bulk-two']);
  });
});
