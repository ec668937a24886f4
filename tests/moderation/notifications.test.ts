import { bootApp, type TestApp } from '../helpers/app';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * The optional e-mail to moderators when a comment waits. No mail server here: the email
 * plugin's send is observed (and kept from sending), the rest of the app is real.
 */
let app: TestApp;
let sent: Array<{ to: string; subject: string; text: string }>;

beforeAll(async () => {
  app = await bootApp({ env: { ...NO_RATE_LIMITS, MODERATION_EMAIL_ENABLED: 'true', MODERATION_EMAIL_TO: 'desk@example.org,night@example.org' } });
  sent = [];
  jest.spyOn(app.strapi.plugin('email').service('email'), 'send').mockImplementation(async (...args: unknown[]) => {
    sent.push(args[0] as (typeof sent)[number]);
  });
});
afterAll(async () => {
  await app?.close();
});

const submit = (body: string) =>
  asReader(app, newReaderAddress())
    .post(`/api/articles/${DEMO_SLUG}/comments`)
    .send({ data: { authorName: 'Nadia', authorEmail: 'nadia@example.org', body } })
    .expect(201);

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('e-mail to moderators', () => {
  it('tells the moderators when a comment waits, with the article and the text', async () => {
    await submit('Please moderate me.');
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      to: 'desk@example.org,night@example.org',
      subject: expect.stringContaining('Evidence mounts of close al-Qaeda'),
      text: expect.stringContaining('Please moderate me.'),
    });
  });

  it('stays quiet about spam', async () => {
    sent.length = 0;
    await asReader(app, newReaderAddress())
      .post(`/api/articles/${DEMO_SLUG}/comments`)
      .send({ data: { authorName: 'Bot', authorEmail: 'bot@example.org', body: 'Buy now', website: 'x' } })
      .expect(201);
    await settle();
    expect(sent).toHaveLength(0);
  });
});

describe('e-mail to moderators, after commit only', () => {
  it('stays quiet about a comment whose transaction was rolled back', async () => {
    sent.length = 0;
    const article = await app.strapi.db.query('api::article.article').findOne({ where: { slug: DEMO_SLUG, publishedAt: { $notNull: true } } });
    await expect(
      app.strapi.db.transaction(async () => {
        await app.strapi.db.query('api::comment.comment').create({
          data: { article: article.id, authorName: 'Ghost', authorEmail: 'ghost@example.org', body: 'Never stored.', moderationStatus: 'pending' },
        });
        throw new Error('rolled back');
      })
    ).rejects.toThrow('rolled back');
    await settle();
    expect(sent).toHaveLength(0);
    expect(await app.strapi.db.query('api::comment.comment').count({ where: { authorName: 'Ghost' } })).toBe(0);
  });

  it('tells the moderators about comments created in bulk, and records them in the history', async () => {
    sent.length = 0;
    const article = await app.strapi.db.query('api::article.article').findOne({ where: { slug: DEMO_SLUG, publishedAt: { $notNull: true } } });
    const row = (body: string) => ({ article: article.id, authorName: 'Bulk', authorEmail: 'bulk@example.org', body, moderationStatus: 'pending' });
    const result = await app.strapi.db.query('api::comment.comment').createMany({ data: [row('First in bulk.'), row('Second in bulk.')] });
    await settle();
    expect(sent.map((mail) => mail.text).sort()).toEqual([expect.stringContaining('First in bulk.'), expect.stringContaining('Second in bulk.')]);
    const history = await app.strapi.db
      .query('api::moderation-event.moderation-event')
      .findMany({ where: { comment: { id: { $in: result.ids } } } });
    expect(history).toHaveLength(2);
  });
});
