import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken, publishInAdminPanel, signInAsEditor } from '../helpers/auth';
import { defaultSection } from '../helpers/articles';

/**
 * An editor quotes someone new inside the article: the quote block's words, speaker and role,
 * saved, become a Quote (and a Person when nobody of that name exists) that the block links; the
 * typed fields are emptied. The same through the admin panel, REST and the document service. A
 * block typing half a quote is a 400 naming the field; a refused write leaves no Quote or Person.
 */
let app: TestApp;
let editor: string;
let token: string;

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

beforeAll(async () => {
  app = await bootApp();
  editor = await signInAsEditor(app);
  token = await createApiToken(app, 'full-access');
});
afterAll(async () => {
  await app?.close();
});

const paragraph = {
  __component: 'article.paragraph',
  text: [{ type: 'paragraph', children: [{ type: 'text', text: 'The governor spoke at the school gate.' }] }],
};
const typedQuote = (fields: Record<string, string>) => ({
  __component: 'article.quote',
  quote: { connect: [], disconnect: [] },
  attribution: 'she said.',
  display: 'inline',
  ...fields,
});

const counts = async () => ({
  quotes: await app.strapi.db.query('api::quote.quote').count({}),
  people: await app.strapi.db.query('api::person.person').count({}),
  articles: await app.strapi.db.query(ARTICLE).count({}),
});

const sectionLink = async () => {
  const documentId = await defaultSection(app);
  const row = (await app.strapi.db.query('api::section.section').findOne({ select: ['id'], where: { documentId } })) as { id: number };
  return { connect: [{ id: row.id, documentId }] };
};

interface StoredBlock {
  __component: string;
  words?: string | null;
  speakerName?: string | null;
  speakerRole?: string | null;
  quote?: { documentId: string; text: string; speakerRole: string | null; speaker?: { name: string; currentTitle: string | null } | null } | null;
}

const storedBody = async (documentId: string): Promise<StoredBlock[]> => {
  const article = await app.strapi.documents(ARTICLE).findOne({
    documentId,
    locale: 'en',
    populate: { body: { on: { 'article.quote': { populate: { quote: { populate: { speaker: true } } } }, 'article.paragraph': true } } },
  } as never);
  return ((article as unknown as { body?: StoredBlock[] })?.body ?? []) as StoredBlock[];
};

describe('a quote typed in the article', () => {
  it('becomes a Quote by a new Person, linked by the block, when the admin panel saves the draft', async () => {
    const before = await counts();
    const response = await app
      .http()
      .post(`${CM}?locale=en`)
      .set('Authorization', `Bearer ${editor}`)
      .send({
        title: 'Herat schools reopen',
        slug: 'herat-schools-reopen',
        section: await sectionLink(),
        body: [
          paragraph,
          typedQuote({
            words: 'Every girl in Herat will be back in a classroom by spring',
            speakerName: 'Roya Karimi',
            speakerRole: 'Governor of Herat',
          }),
        ],
      })
      .expect(201);
    const documentId = response.body.data.documentId as string;
    expect(await counts()).toEqual({ quotes: before.quotes + 1, people: before.people + 1, articles: before.articles + 1 });

    const [, block] = await storedBody(documentId);
    expect(block).toMatchObject({
      __component: 'article.quote',
      words: null,
      speakerName: null,
      speakerRole: null,
      quote: {
        text: 'Every girl in Herat will be back in a classroom by spring',
        speakerRole: 'Governor of Herat',
        speaker: { name: 'Roya Karimi', currentTitle: 'Governor of Herat' },
      },
    });

    // Complete, so it publishes, and readers get the words, the speaker and the role.
    await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(200);
    const page = await app.http().get('/api/articles/herat-schools-reopen/assembled').expect(200);
    expect(JSON.stringify(page.body)).toContain('Every girl in Herat will be back in a classroom by spring');
    expect(JSON.stringify(page.body)).toContain('Roya Karimi');
    expect(JSON.stringify(page.body)).toContain('Governor of Herat');
  });

  it('links the Person already in the library when the name matches, whatever the letter case', async () => {
    const before = await counts();
    const documentId = (
      await app.strapi.documents(ARTICLE).create({
        locale: 'en',
        data: {
          title: 'Second visit',
          slug: 'second-visit',
          body: [paragraph, typedQuote({ words: 'The roof is finished.', speakerName: 'roya karimi', speakerRole: 'Governor' })],
        },
      } as never)
    ).documentId;
    expect(await counts()).toMatchObject({ quotes: before.quotes + 1, people: before.people });
    const [, block] = await storedBody(documentId);
    // The quote keeps the role at the time; the person's current title is theirs to change.
    expect(block.quote).toMatchObject({ speakerRole: 'Governor', speaker: { name: 'Roya Karimi', currentTitle: 'Governor of Herat' } });
  });

  it('works through REST with an API token, publishing at once', async () => {
    const response = await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: 'Floods in the west',
          slug: 'floods-in-the-west',
          section: await defaultSection(app),
          body: [paragraph, { __component: 'article.quote', words: 'The river rose overnight.', speakerName: 'Amina Rahimi', display: 'pullquote' }],
        },
      })
      .expect(201);
    const [, block] = await storedBody(response.body.data.documentId as string);
    expect(block.quote).toMatchObject({ text: 'The river rose overnight.', speakerRole: null, speaker: { name: 'Amina Rahimi' } });
  });

  it('replaces the quote a block linked when new words are typed into it', async () => {
    const documentId = (await app.strapi.db.query(ARTICLE).findOne({ select: ['documentId'], where: { slug: 'second-visit' } })) as {
      documentId: string;
    };
    const [, old] = await storedBody(documentId.documentId);
    await app.strapi.documents(ARTICLE).update({
      documentId: documentId.documentId,
      locale: 'en',
      data: { body: [paragraph, typedQuote({ words: 'The windows are in.', speakerName: 'Roya Karimi' })] },
    } as never);
    const [, block] = await storedBody(documentId.documentId);
    expect(block.quote?.text).toBe('The windows are in.');
    expect(block.quote?.documentId).not.toBe(old.quote?.documentId);
  });

  it.each([
    ['words without a speaker', { words: 'No one said this.' }, 'speakerName'],
    ['a speaker without words', { speakerName: 'Nobody Known' }, 'words'],
    ['a role alone', { speakerRole: 'Spokesman' }, 'words'],
    ['blank words', { words: '   ', speakerName: 'Nobody Known' }, 'words'],
    ['words longer than the block holds', { words: 'w'.repeat(3001), speakerName: 'Nobody Known' }, 'words'],
    ['a name longer than the block holds', { words: 'Said.', speakerName: 'n'.repeat(201) }, 'speakerName'],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_, fields, field) => {
    const before = await counts();
    const response = await app
      .http()
      .post(`${CM}?locale=en`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ title: 'Half a quote', slug: `half-${field}`, body: [paragraph, typedQuote(fields)] })
      .expect(400);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError', details: { errors: [{ path: ['body', 1, field], message: expect.any(String) }] } },
    });
    expect(await counts()).toEqual(before);
  });

  it('leaves no Quote or Person behind when the article write is refused later', async () => {
    const before = await counts();
    // Publishing needs a primary section: the publish is refused after the quote was made.
    const response = await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: 'No section',
          slug: 'no-section-quoted',
          body: [paragraph, { __component: 'article.quote', words: 'Rolled back.', speakerName: 'Someone New', display: 'inline' }],
        },
      })
      .expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['section']);
    expect(await counts()).toEqual(before);
  });
});
