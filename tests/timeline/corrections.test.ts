import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken, publishInAdminPanel, signInAsEditor } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';

/**
 * Corrections and updates: an article's notes to readers, per locale. The newsroom stamps when and
 * by whom on every write path (the admin panel, REST with a token, the document service,
 * strapi.db.query), whatever the write sends; a note changed or removed is recorded with what it
 * said; a bad note is a 400 that writes nothing. Readers see the notes once the version carrying
 * them is published: in the assembled article (type, text, time; oldest first), on the reader page
 * (a correction at the top, all notes at the foot) and in the structured data.
 */
let app: TestApp;
let editor: string;
let token: string;
const ARTICLE = 'api::article.article';
const NOTE_CHANGE = 'api::note-change.note-change';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const FORGED = { at: '2001-01-01T00:00:00.000Z', by: 'Somebody Else' };

beforeAll(async () => {
  app = await bootApp();
  editor = await signInAsEditor(app);
  token = await createApiToken(app);
});
afterAll(async () => {
  await app?.close();
});

interface Note {
  id: number;
  type: string;
  text: string;
  at: string;
  by: string;
}
interface Change {
  article: string;
  articleLocale: string;
  noteAt: string;
  change: 'edited' | 'removed';
  before: { type: string; text: string };
  after: { type: string; text: string } | null;
  by: string;
}

const articles = () => app.strapi.documents(ARTICLE);
const admin = {
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${editor}`),
};
const rest = (documentId: string, locale = 'en', status = '') =>
  app.http().put(`/api/articles/${documentId}?locale=${locale}${status}`).set('Authorization', `Bearer ${token}`);

/** The notes of a version as stored, in the editors' order. */
const notesOf = async (documentId: string, locale = 'en', published = false): Promise<Note[]> => {
  const row = (await app.strapi.db.query(ARTICLE).findOne({
    where: { documentId, locale, publishedAt: published ? { $notNull: true } : null },
    populate: { corrections: true },
  })) as { corrections?: Note[] } | null;
  return (row?.corrections ?? []).map((note) => ({ ...note, at: new Date(note.at).toISOString() }));
};
const changesOf = async (documentId: string): Promise<Change[]> =>
  (await app.strapi.db.query(NOTE_CHANGE).findMany({ where: { article: documentId }, orderBy: { id: 'asc' } })) as Change[];
/** The assembled article's `data`. */
const assembled = async (slug: string, locale = 'en') =>
  (await app.http().get(`/api/articles/${slug}/assembled?locale=${locale}`).expect(200)).body.data;
const justNow = (at: string, since: number) => {
  expect(Date.parse(at)).toBeGreaterThanOrEqual(since - 1000);
  expect(Date.parse(at)).toBeLessThanOrEqual(Date.now() + 1000);
};

describe('the newsroom stamps when and by whom', () => {
  it('through the document service: a new note gets now and "system", whatever the write sends', async () => {
    const documentId = await makeArticle(app, { slug: 'stamped-by-the-service' });
    const since = Date.now();
    await articles().update({ documentId, locale: 'en', data: { corrections: [{ type: 'update', text: '  Figures updated.  ', ...FORGED }] } } as never);
    const [note] = await notesOf(documentId);
    expect(note).toMatchObject({ type: 'update', text: 'Figures updated.', by: 'system' });
    justNow(note.at, since);
  });

  it('in the admin panel: a new note is the editor’s, now; a stored one keeps its time and author whatever is sent', async () => {
    const documentId = await makeArticle(app, { slug: 'stamped-in-the-admin-panel' });
    const since = Date.now();
    await admin.put(`${CM}/${documentId}?locale=en`).send({ corrections: [{ type: 'correction', text: 'The mayor is Ahmadi, not Ahmadzai.', ...FORGED }] }).expect(200);
    const [note] = await notesOf(documentId);
    expect(note.by).toMatch(/^desk-.*@newsroom\.test \(admin #\d+\)$/);
    justNow(note.at, since);

    // Sent back with another time and author, and a second note: the first keeps its own.
    await admin
      .put(`${CM}/${documentId}?locale=en`)
      .send({ corrections: [{ ...note, ...FORGED }, { type: 'editors-note', text: 'This story was updated.', ...FORGED }] })
      .expect(200);
    const [first, second] = await notesOf(documentId);
    expect(first).toEqual(note);
    expect(second).toMatchObject({ type: 'editors-note', by: note.by });
    expect(second.at).not.toBe(FORGED.at);
    expect(await changesOf(documentId)).toEqual([]);
  });

  it('through REST with a token: the token’s name', async () => {
    const documentId = await makeArticle(app, { slug: 'stamped-by-a-token' });
    await rest(documentId).send({ data: { corrections: [{ type: 'clarification', text: 'The meeting was on Tuesday.', ...FORGED }] } }).expect(200);
    const [note] = await notesOf(documentId);
    expect(note.by).toMatch(/^API token "test-full-access-[0-9a-f]+"$/);
    expect(note.at).not.toBe(FORGED.at);
    // Published by the PUT: readers have it.
    expect((await notesOf(documentId, 'en', true)).map((n) => n.text)).toEqual(['The meeting was on Tuesday.']);
  });

  it('through strapi.db.query: a note row made there is stamped; changing or deleting one there is refused', async () => {
    const since = Date.now();
    const made = (await app.strapi.db.query('article.correction').create({ data: { type: 'update', text: ' Raw. ', ...FORGED } })) as Note;
    expect(made).toMatchObject({ type: 'update', text: 'Raw.', by: 'system' });
    justNow(new Date(made.at).toISOString(), since);
    await expect(app.strapi.db.query('article.correction').create({ data: { type: 'rumour', text: 'x' } })).rejects.toThrow(/type/);
    await expect(app.strapi.db.query('article.correction').update({ where: { id: made.id }, data: { text: 'Changed quietly.' } })).rejects.toThrow(/records the change/);
    await expect(app.strapi.db.query('article.correction').delete({ where: { id: made.id } })).rejects.toThrow(/records the change/);
  });
});

describe('the admin panel', () => {
  it('places the notes in the article’s edit view, with when and by whom read-only, set by the newsroom', async () => {
    const { data } = (
      await app.http().get(`/content-manager/content-types/${ARTICLE}/configuration`).set('Authorization', `Bearer ${editor}`).expect(200)
    ).body;
    const rows = data.contentType.layouts.edit as Array<Array<{ name: string }>>;
    expect(rows.some((row) => row.some((field) => field.name === 'corrections'))).toBe(true);
    expect(data.contentType.metadatas.corrections.edit.label).toBe('Corrections and updates');
    const note = data.components['article.correction'].metadatas;
    expect(note.type.edit.label).toBe('Kind of note');
    expect(note.at.edit).toMatchObject({ label: 'Added (set by the newsroom)', editable: false });
    expect(note.by.edit).toMatchObject({ label: 'Added by (set by the newsroom)', editable: false });
  });
});

describe('changing or removing a note is recorded', () => {
  it('an edit and a removal, each with what the note said, who and when, in the article’s locale', async () => {
    const documentId = await makeArticle(app, { slug: 'notes-on-record' });
    await admin
      .put(`${CM}/${documentId}?locale=en`)
      .send({ corrections: [{ type: 'correction', text: 'First wording.' }, { type: 'update', text: 'Later news.' }] })
      .expect(200);
    const [first, second] = await notesOf(documentId);

    await admin.put(`${CM}/${documentId}?locale=en`).send({ corrections: [{ id: first.id, type: 'correction', text: 'Better wording.' }, second] }).expect(200);
    await articles().update({ documentId, locale: 'en', data: { corrections: [{ id: first.id }] } } as never);

    const notes = await notesOf(documentId);
    expect(notes).toEqual([{ ...first, text: 'Better wording.' }]);
    const changes = await changesOf(documentId);
    expect(changes).toMatchObject([
      {
        article: documentId,
        articleLocale: 'en',
        change: 'edited',
        before: { type: 'correction', text: 'First wording.' },
        after: { type: 'correction', text: 'Better wording.' },
        by: first.by,
      },
      { change: 'removed', before: { type: 'update', text: 'Later news.' }, after: null, by: 'system' },
    ]);
    expect(new Date(changes[0].noteAt).toISOString()).toBe(first.at);
    expect(new Date(changes[1].noteAt).toISOString()).toBe(second.at);
  });

  it('through REST, naming the note by its id', async () => {
    const documentId = await makeArticle(app, { slug: 'rest-edits-a-note' });
    await articles().update({ documentId, locale: 'en', data: { corrections: [{ type: 'correction', text: 'Wrong date.' }] } } as never);
    const [note] = await notesOf(documentId);
    await rest(documentId).send({ data: { corrections: [{ id: note.id, type: 'correction', text: 'Right date.' }] } }).expect(200);
    expect(await notesOf(documentId)).toEqual([{ ...note, text: 'Right date.' }]);
    expect(await changesOf(documentId)).toMatchObject([{ change: 'edited', after: { text: 'Right date.' }, by: expect.stringMatching(/^API token/) }]);
  });

  it('an id that is not one of the version’s notes makes a new note and leaves the other note alone', async () => {
    const other = await makeArticle(app, { slug: 'someone-elses-note' });
    await articles().update({ documentId: other, locale: 'en', data: { corrections: [{ type: 'update', text: 'Theirs.' }] } } as never);
    const [theirs] = await notesOf(other);
    const documentId = await makeArticle(app, { slug: 'borrows-an-id' });
    await admin.put(`${CM}/${documentId}?locale=en`).send({ corrections: [{ id: theirs.id, type: 'update', text: 'Mine.', ...FORGED }] }).expect(200);
    expect(await notesOf(other)).toEqual([theirs]);
    const [mine] = await notesOf(documentId);
    expect(mine).toMatchObject({ text: 'Mine.' });
    expect(mine.id).not.toBe(theirs.id);
    expect(mine.at).not.toBe(FORGED.at);
  });

  it('editors read the record in the admin panel (what the Changes to notes panel asks), and cannot write it', async () => {
    const documentId = await makeArticle(app, { slug: 'record-in-the-panel' });
    await articles().update({ documentId, locale: 'en', data: { corrections: [{ type: 'update', text: 'Withdrawn later.' }] } } as never);
    await articles().update({ documentId, locale: 'en', data: { corrections: [] } } as never);
    const list = await app
      .http()
      .get(`/content-manager/collection-types/${NOTE_CHANGE}`)
      .query({ filters: { article: { $eq: documentId }, articleLocale: { $eq: 'en' } }, sort: 'id:DESC' })
      .set('Authorization', `Bearer ${editor}`)
      .expect(200);
    expect(list.body.results).toMatchObject([{ article: documentId, articleLocale: 'en', change: 'removed', before: { text: 'Withdrawn later.' } }]);
    await app
      .http()
      .post(`/content-manager/collection-types/${NOTE_CHANGE}`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ article: documentId, articleLocale: 'en', noteAt: new Date().toISOString(), change: 'removed', before: {}, by: 'x', at: new Date().toISOString() })
      .expect(403);
  });

  it('the record is append-only', async () => {
    const [change] = (await app.strapi.db.query(NOTE_CHANGE).findMany({ limit: 1 })) as Array<{ id: number }>;
    await expect(app.strapi.db.query(NOTE_CHANGE).update({ where: { id: change.id }, data: { by: 'nobody' } })).rejects.toThrow(/kept as written/);
    await expect(app.strapi.db.query(NOTE_CHANGE).delete({ where: { id: change.id } })).rejects.toThrow(/kept as written/);
  });
});

describe('a bad note is a 400 that writes nothing', () => {
  const cases: Array<[string, object, Array<string | number>]> = [
    ['an unknown type', { type: 'rumour', text: 'Something.' }, ['corrections', 1, 'type']],
    ['empty text', { type: 'correction', text: '' }, ['corrections', 1, 'text']],
    ['text of spaces only', { type: 'correction', text: '   ' }, ['corrections', 1, 'text']],
    ['no text', { type: 'update' }, ['corrections', 1, 'text']],
    ['text over 2000 characters', { type: 'update', text: 'x'.repeat(2001) }, ['corrections', 1, 'text']],
  ];

  it.each(cases)('%s: in the admin panel, through REST and the document service', async (_name, bad, path) => {
    const documentId = await makeArticle(app, { slug: `bad-note-${path[2]}-${String((bad as { text?: string }).text ?? 'none').length}-${(bad as { type: string }).type}` });
    await articles().update({ documentId, locale: 'en', data: { corrections: [{ type: 'update', text: 'Kept.' }] } } as never);
    const before = await notesOf(documentId);
    const corrections = [{ id: before[0].id, type: 'update', text: 'Would be changed.' }, bad];

    const fromAdmin = await admin.put(`${CM}/${documentId}?locale=en`).send({ corrections }).expect(400);
    const fromRest = await rest(documentId).send({ data: { corrections } }).expect(400);
    for (const res of [fromAdmin, fromRest]) {
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect(res.body.error.details.errors[0].path).toEqual(path);
    }
    await expect(articles().update({ documentId, locale: 'en', data: { corrections } } as never)).rejects.toThrow();
    expect(await notesOf(documentId)).toEqual(before);
    expect(await notesOf(documentId, 'en', true)).toEqual([]);
    expect(await changesOf(documentId)).toEqual([]);
  });
});

describe('notes are per locale', () => {
  it('a note on the English story is not on the Dari one, nor the other way round', async () => {
    const documentId = await makeArticle(app, { slug: 'notes-per-locale' });
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'یادداشت‌ها' } } as never);
    await articles().publish({ documentId, locale: 'fa-AF' });
    await admin.put(`${CM}/${documentId}?locale=en`).send({ corrections: [{ type: 'correction', text: 'English only.' }] }).expect(200);
    expect(await notesOf(documentId, 'fa-AF')).toEqual([]);
    await admin.put(`${CM}/${documentId}?locale=fa-AF`).send({ corrections: [{ type: 'update', text: 'فقط دری.' }] }).expect(200);
    expect((await notesOf(documentId, 'en')).map((n) => n.text)).toEqual(['English only.']);
    expect((await notesOf(documentId, 'fa-AF')).map((n) => n.text)).toEqual(['فقط دری.']);
    await publishInAdminPanel(app, editor, ARTICLE, documentId, 'fa-AF').expect(200);
    expect((await assembled('notes-per-locale', 'fa-AF')).corrections).toMatchObject([{ type: 'update', text: 'فقط دری.' }]);
    expect((await assembled('notes-per-locale', 'en')).corrections).toEqual([]);

    const page = await app.http().get('/fa-AF/articles/notes-per-locale').expect(200);
    expect(page.text).toMatch(/<html lang="fa-AF" dir="rtl">/);
    expect(page.text).toContain('فقط دری.');
  });
});

describe('readers see the notes once they are published', () => {
  let documentId: string;
  let firstPublished: string;
  let notes: Note[];

  beforeAll(async () => {
    documentId = await makeArticle(app, { slug: 'a-corrected-story' });
    firstPublished = (await assembled('a-corrected-story')).publishedAt;
    await admin.put(`${CM}/${documentId}?locale=en`).send({ corrections: [{ type: 'update', text: 'Police have named the driver.' }] }).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [update] = await notesOf(documentId);
    await admin
      .put(`${CM}/${documentId}?locale=en`)
      .send({ corrections: [update, { type: 'correction', text: 'An earlier version misspelt the driver’s name.' }] })
      .expect(200);
    notes = await notesOf(documentId);
  });

  it('not before the version carrying them is published', async () => {
    const article = await assembled('a-corrected-story');
    expect(article.corrections).toEqual([]);
    expect(article.structuredData.correction).toBeUndefined();
    const page = await app.http().get('/articles/a-corrected-story').expect(200);
    expect(page.text).not.toContain('Police have named the driver.');
  });

  it('the assembled article: {type, text, at}, oldest first, no author; the structured data’s CorrectionComment and dates', async () => {
    await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(200);
    const body = await assembled('a-corrected-story');
    expect(body.corrections).toEqual([
      { type: 'update', text: 'Police have named the driver.', at: notes[0].at },
      { type: 'correction', text: 'An earlier version misspelt the driver’s name.', at: notes[1].at },
    ]);
    expect(Date.parse(notes[0].at)).toBeLessThan(Date.parse(notes[1].at));
    expect(JSON.stringify(body)).not.toContain('newsroom.test');

    expect(body.publishedAt).toBe(firstPublished);
    expect(body.structuredData.datePublished).toBe(firstPublished);
    expect(body.structuredData.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'An earlier version misspelt the driver’s name.', datePublished: notes[1].at },
    ]);
    const latest = [body.updatedAt, notes[1].at].sort().pop();
    expect(body.structuredData.dateModified).toBe(latest);
    expect(Date.parse(body.structuredData.dateModified)).toBeGreaterThanOrEqual(Date.parse(notes[1].at));
  });

  it('the reader page: the correction at the top, every note at the foot with its type and date, oldest first', async () => {
    const page = await app.http().get('/articles/a-corrected-story').expect(200);
    const top = page.text.indexOf('class="correction-notice"');
    const body = page.text.indexOf('class="story-body"');
    const foot = page.text.indexOf('id="corrections"');
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(body);
    expect(foot).toBeGreaterThan(body);
    expect(page.text.slice(top, body)).toContain('href="#corrections"');
    const list = page.text.slice(foot);
    const update = list.indexOf('Police have named the driver.');
    const correction = list.indexOf('An earlier version misspelt the driver’s name.');
    expect(update).toBeGreaterThan(-1);
    expect(correction).toBeGreaterThan(update);
    expect(list).toMatch(/<strong class="note-type">Update<\/strong> <time datetime="[^"]+">[^<]+ UTC<\/time>/);
    expect(list).toContain('<strong class="note-type">Correction</strong>');
    expect(page.text).toContain('"@type":"CorrectionComment"');
  });
});
