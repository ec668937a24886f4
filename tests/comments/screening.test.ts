import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { signInAsSuperAdmin } from '../helpers/auth';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';

/** Word lists and link limits as an editor sets them in the admin panel, applied to readers' comments. */
let app: TestApp;
let editor: string;

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  editor = await signInAsSuperAdmin(app);
  const id = await makeArticle(app, { slug: 'open-thread' });
  await app.strapi.documents('api::article.article').update({ documentId: id, locale: 'en', data: { commentModeration: 'post' } } as never);
  await app.strapi.documents('api::article.article').publish({ documentId: id, locale: 'en' });
  // The editor saves the settings through the admin panel's API.
  await app
    .http()
    .put('/content-manager/single-types/api::comment-setting.comment-setting')
    .set('Authorization', `Bearer ${editor}`)
    .send({ blockWords: 'casino\ncheap pills\nقمار', holdWords: 'idiot\nاحمق\nخر\nبیوقوف', maxLinks: 2, reportThreshold: 3 })
    .expect(200);
});
afterAll(async () => {
  await app?.close();
});

const submit = async (body: string) => {
  const res = await asReader(app, newReaderAddress())
    .post('/api/articles/open-thread/comments')
    .send({ data: { authorName: 'Reader', authorEmail: 'reader@example.org', body } })
    .expect(201);
  const row = await app.strapi.db.query('api::comment.comment').findOne({ where: { documentId: res.body.data.id } });
  return { answered: res.body.data.status as string, stored: row.moderationStatus as string, note: row.moderationNote as string };
};

describe('screening under post-moderation', () => {
  it('publishes a clean comment at once', async () => {
    expect(await submit('A fair and civil point.')).toMatchObject({ answered: 'approved', stored: 'approved' });
  });

  it.each([
    ['English', 'Stop being an IDIOT about this.'],
    ['Dari', 'این نویسنده احمق است'],
    ['Pashto', 'ته خر یې'],
    ['Urdu', 'یہ بیوقوف ہے'],
  ])('holds a comment with a held word in %s for a moderator', async (_language, body) => {
    expect(await submit(body)).toMatchObject({ answered: 'pending', stored: 'pending', note: expect.stringMatching(/Held for review/) });
  });

  it.each([
    ['English', 'Best CASINO bonus here'],
    ['a phrase', 'buy cheap   pills now'],
    ['Dari', 'بهترین قمار آنلاین'],
  ])('sends a comment with a blocked word in %s to spam, answering it as pending', async (_case, body) => {
    expect(await submit(body)).toMatchObject({ answered: 'pending', stored: 'spam', note: expect.stringMatching(/blocked word/) });
  });

  it('does not match a listed word inside another word', async () => {
    expect(await submit('Casinos aside, the idiotic policy failed.')).toMatchObject({ stored: 'approved' });
  });

  it('holds a comment with more than two links, and lets two through', async () => {
    expect(await submit('See https://a.example and https://b.example')).toMatchObject({ stored: 'approved' });
    expect(await submit('See https://a.example, https://b.example and www.c.example')).toMatchObject({
      stored: 'pending',
      note: 'Held for review: 3 links (the limit is 2).',
    });
  });

  it('applies a changed list at once', async () => {
    await app
      .http()
      .put('/content-manager/single-types/api::comment-setting.comment-setting')
      .set('Authorization', `Bearer ${editor}`)
      .send({ holdWords: 'idiot\nelection fraud', blockWords: 'casino', maxLinks: 0, reportThreshold: 3 })
      .expect(200);
    expect(await submit('This was election   fraud.')).toMatchObject({ stored: 'pending' });
    expect(await submit('One link: https://a.example')).toMatchObject({ stored: 'pending' });
  });
});
