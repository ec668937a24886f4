import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken, signInAsEditor } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';
import { sectionId } from '../helpers/sections';
import request from 'supertest';
import { startServer } from '../helpers/server';
import { service } from '../../src/services';

/**
 * Scheduled publishing: an article version (per locale) with `publishAt` is published by the
 * scheduler once the time is due, one with `unpublishAt` unpublished, each time cleared once acted
 * on; a refused publish is retried, logged and shown on the draft, up to SCHEDULER_MAX_ATTEMPTS;
 * the times are checked on every write (400 on the field, nothing written); and what fell due while
 * the app was down is caught up at start. The tests call the scheduler's tick themselves.
 */
let app: TestApp;
let editor: string;
let token: string;

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const MINUTE = 60_000;
const at = (offset: number) => new Date(Date.now() + offset);

beforeAll(async () => {
  app = await bootApp({ env: { SCHEDULER_MAX_ATTEMPTS: '3' } });
  // The tests tick by hand: the timer would race them.
  await scheduler().stop();
  editor = await signInAsEditor(app);
  token = await createApiToken(app);
});
afterAll(async () => {
  await app?.close();
});

const scheduler = () => service(app.strapi, 'api::article.schedule');
const articles = () => app.strapi.documents(ARTICLE);
interface Row {
  id: number;
  locale: string;
  publishedAt: string | null;
  publishAt: string | null;
  unpublishAt: string | null;
  embargoUntil: string | null;
  scheduleAttempts: number | null;
  scheduleProblem: string | null;
  title: string;
}
const rowsOf = (documentId: string) =>
  app.strapi.db.query(ARTICLE).findMany({
    select: ['id', 'locale', 'title', 'publishedAt', 'publishAt', 'unpublishAt', 'embargoUntil', 'scheduleAttempts', 'scheduleProblem'],
    where: { documentId },
    orderBy: { id: 'asc' },
  }) as Promise<Row[]>;
const live = async (documentId: string, locale = 'en') => (await rowsOf(documentId)).filter((row) => row.publishedAt !== null && row.locale === locale);
const draftRow = async (documentId: string, locale = 'en') => (await rowsOf(documentId)).find((row) => row.publishedAt === null && row.locale === locale)!;
const draft = (slug: string, section?: string | null) => makeArticle(app, { slug, paragraphs: 1, withMedia: false, publish: false, ...(section === undefined ? {} : { section }) });
const reads = (slug: string) => app.http().get(`/api/articles/${slug}/assembled`);
const fieldRefusal = (field: string, message: RegExp) => ({
  data: null,
  error: { status: 400, name: 'ValidationError', message: expect.stringMatching(message), details: { errors: [{ path: [field], message: expect.stringMatching(message) }] } },
});

describe('the schedule’s times are checked on every write, nothing written when refused', () => {
  it('refuses Unpublish at before Publish at in the admin panel (400 on unpublishAt), keeping the draft', async () => {
    const documentId = await draft('times-admin');
    const before = await rowsOf(documentId);
    const res = await app
      .http()
      .put(`${CM}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ title: 'Changed', publishAt: at(60 * MINUTE).toISOString(), unpublishAt: at(30 * MINUTE).toISOString() })
      .expect(400);
    expect(res.body).toMatchObject(fieldRefusal('unpublishAt', /Unpublish at must be after Publish at/));
    expect(await rowsOf(documentId)).toEqual(before);
  });

  it('refuses Publish at before the embargo through REST with a token (400 on publishAt, naming the embargo in UTC)', async () => {
    const documentId = await draft('times-rest');
    const before = await rowsOf(documentId);
    const embargo = new Date('2031-01-01T06:00:00.000Z');
    const res = await app
      .http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { publishAt: '2031-01-01T05:00:00.000Z', embargoUntil: embargo.toISOString() } })
      .expect(400);
    expect(res.body).toMatchObject(fieldRefusal('publishAt', /2031-01-01T06:00:00Z/));
    expect(await rowsOf(documentId)).toEqual(before);
  });

  it('refuses the same through the document service and strapi.db.query', async () => {
    await expect(
      articles().create({ locale: 'en', data: { title: 'Bad times', slug: 'times-ds', publishAt: at(2 * MINUTE), unpublishAt: at(MINUTE) } } as never)
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [{ path: ['unpublishAt'] }] } });
    expect(await app.strapi.db.query(ARTICLE).count({ where: { slug: 'times-ds' } })).toBe(0);

    const documentId = await draft('times-raw');
    const row = await draftRow(documentId);
    await expect(
      app.strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { embargoUntil: at(10 * MINUTE), publishAt: at(5 * MINUTE) } })
    ).rejects.toMatchObject({ details: { errors: [{ path: ['publishAt'] }] } });
    expect(await draftRow(documentId)).toEqual(row);
  });

  it('accepts a Publish at already past: it is due, and the next tick publishes it', async () => {
    const documentId = await draft('past-due');
    await articles().update({ documentId, locale: 'en', data: { publishAt: at(-5 * MINUTE) } } as never);
    const report = await scheduler().tick();
    expect(report.published).toContainEqual({ documentId, locale: 'en' });
    expect(await live(documentId)).toHaveLength(1);
  });
});

describe('the scheduler', () => {
  it('publishes a version when its time is due, not before, once, clearing the time; readers then see it', async () => {
    const documentId = await draft('goes-out-at-six');
    const publishAt = at(10 * MINUTE);
    await app
      .http()
      .put(`${CM}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ publishAt: publishAt.toISOString() })
      .expect(200);
    await reads('goes-out-at-six').expect(404);

    expect((await scheduler().tick()).published).not.toContainEqual({ documentId, locale: 'en' });
    expect(await live(documentId)).toEqual([]);

    const report = await scheduler().tick(new Date(publishAt.getTime() + 1000));
    expect(report.published).toEqual(expect.arrayContaining([{ documentId, locale: 'en' }]));
    const [published] = await live(documentId);
    expect(published).toMatchObject({ publishAt: null });
    expect((await draftRow(documentId)).publishAt).toBeNull();
    await reads('goes-out-at-six').expect(200);
    // Done is done: the next tick leaves it.
    expect((await scheduler().tick(new Date(publishAt.getTime() + 2000))).published).not.toContainEqual({ documentId, locale: 'en' });
  });

  it('publishes per locale: a translation scheduled later waits for its own time', async () => {
    const documentId = await draft('per-locale');
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'ترجمه', slug: 'per-locale' } } as never);
    await articles().update({ documentId, locale: 'en', data: { publishAt: at(-MINUTE) } } as never);
    await articles().update({ documentId, locale: 'fa-AF', data: { publishAt: at(30 * MINUTE) } } as never);
    await scheduler().tick();
    expect(await live(documentId, 'en')).toHaveLength(1);
    expect(await live(documentId, 'fa-AF')).toHaveLength(0);
    await scheduler().tick(at(31 * MINUTE));
    expect(await live(documentId, 'fa-AF')).toHaveLength(1);
  });

  it('unpublishes a live version when Unpublish at is due, clearing it; readers no longer see it', async () => {
    const documentId = await makeArticle(app, { slug: 'comes-off', paragraphs: 1, withMedia: false });
    const unpublishAt = at(20 * MINUTE);
    // Saved on the draft only (the live version is as it was): the scheduler reads either.
    await articles().update({ documentId, locale: 'en', data: { unpublishAt } } as never);
    await reads('comes-off').expect(200);
    await scheduler().tick();
    expect(await live(documentId)).toHaveLength(1);

    const report = await scheduler().tick(new Date(unpublishAt.getTime() + 1000));
    expect(report.unpublished).toContainEqual({ documentId, locale: 'en' });
    expect(await live(documentId)).toEqual([]);
    expect((await draftRow(documentId)).unpublishAt).toBeNull();
    await reads('comes-off').expect(404);
  });

  it('publishes the saved changes of a live story at its Publish at; the live version stays until then', async () => {
    const documentId = await makeArticle(app, { slug: 'update-at-noon', title: 'Before noon', paragraphs: 1, withMedia: false });
    const publishAt = at(15 * MINUTE);
    await articles().update({ documentId, locale: 'en', data: { title: 'After noon', publishAt } } as never);
    await scheduler().tick();
    expect((await live(documentId))[0].title).toBe('Before noon');
    await scheduler().tick(new Date(publishAt.getTime() + 1000));
    expect((await live(documentId))[0].title).toBe('After noon');
  });

  it('retries a refused publish on later ticks, logging it and showing it on the draft, then gives up until an editor saves', async () => {
    const documentId = await draft('no-section-yet', null);
    await articles().update({ documentId, locale: 'en', data: { publishAt: at(-MINUTE) } } as never);
    const warn = jest.spyOn(app.strapi.log, 'warn');
    try {
      const first = await scheduler().tick();
      expect(first.failed).toEqual([{ documentId, locale: 'en', attempt: 1, reason: expect.stringMatching(/primary section/) }]);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`${documentId}.*attempt 1 of 3.*primary section`)));
      expect(await draftRow(documentId)).toMatchObject({ scheduleAttempts: 1, scheduleProblem: expect.stringMatching(/attempt 1 of 3\): .*primary section/) });
      // The time is kept for the retry.
      expect((await draftRow(documentId)).publishAt).not.toBeNull();

      expect((await scheduler().tick()).failed).toEqual([expect.objectContaining({ documentId, attempt: 2 })]);
      expect((await scheduler().tick()).failed).toEqual([expect.objectContaining({ documentId, attempt: 3 })]);
      expect((await draftRow(documentId)).scheduleProblem).toMatch(/stops trying/);
      // Three attempts: no fourth.
      expect((await scheduler().tick()).failed).toEqual([]);
      expect(await live(documentId)).toEqual([]);
    } finally {
      warn.mockRestore();
    }

    // The editor chooses a section and saves the time again: a fresh start, and it goes out.
    await app
      .http()
      .put(`${CM}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ section: { connect: [{ documentId: await sectionId(app, 'asia'), locale: 'en' }] }, publishAt: at(-MINUTE).toISOString() })
      .expect(200);
    expect(await draftRow(documentId)).toMatchObject({ scheduleAttempts: 0, scheduleProblem: null });
    expect((await scheduler().tick()).published).toContainEqual({ documentId, locale: 'en' });
    expect(await live(documentId)).toHaveLength(1);
  });
});

describe('a time missed while the app was down', () => {
  it('is caught up at start: the first tick runs at bootstrap', async () => {
    const documentId = await draft('missed-while-down');
    await articles().update({ documentId, locale: 'en', data: { publishAt: at(-2 * MINUTE) } } as never);
    expect(await live(documentId)).toEqual([]);

    // No instance has ticked since it fell due (this one's scheduler is stopped, as if down); a
    // new instance of the built app starts on the same database.
    const server = await startServer({}, { database: app.database });
    try {
      await request(server.url).get('/api/articles/missed-while-down/assembled').expect(200);
      expect(await live(documentId)).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });
});
