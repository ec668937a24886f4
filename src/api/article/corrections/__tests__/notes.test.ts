import { settleNotes, type StoredNote } from '../notes';

const STAMP = { at: '2026-03-02T10:00:00.000Z', by: 'desk@newsroom.test (admin #3)' };
const stored: StoredNote[] = [
  { id: 7, type: 'correction', text: 'First.', at: '2026-03-01T09:00:00.000Z', by: 'a@newsroom.test (admin #1)' },
  { id: 8, type: 'update', text: 'Second.', at: new Date('2026-03-01T12:00:00.000Z'), by: 'system' },
];
const pathOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { details: { errors: Array<{ path: unknown }> } }).details.errors[0].path;
  }
  return null;
};

describe('settling the notes a write sends', () => {
  it.each([
    ['a new note is stamped, whatever it says of time and author', [{ type: 'update', text: ' New. ', at: '2001-01-01', by: 'x' }], [], [{ type: 'update', text: 'New.', ...STAMP }]],
    ['a new note without a type is a correction', [{ text: 'New.' }], [], [{ type: 'correction', text: 'New.', ...STAMP }]],
    ['a stored note keeps its time and author', [{ id: 7, type: 'correction', text: 'First.', at: '2001-01-01', by: 'x' }], stored.slice(0, 1), [{ id: 7, type: 'correction', text: 'First.', at: stored[0].at, by: stored[0].by }]],
    ['a stored note named by its id alone keeps everything', [{ id: 8 }], stored.slice(1), [{ id: 8, type: 'update', text: 'Second.', at: '2026-03-01T12:00:00.000Z', by: 'system' }]],
    ['an id that is not the version’s is a new note', [{ id: 99, type: 'update', text: 'New.' }], stored, [{ type: 'update', text: 'New.', ...STAMP }]],
    ['the same id twice: the second is new', [{ id: 7 }, { id: 7, text: 'Copy.' }], stored.slice(0, 1), [{ id: 7, type: 'correction', text: 'First.', at: stored[0].at, by: stored[0].by }, { type: 'correction', text: 'Copy.', ...STAMP }]],
  ])('%s', (_name, incoming, before, notes) => {
    expect(settleNotes(incoming, before, STAMP, 2000).notes).toEqual(notes);
  });

  it('records an edit with what the note said before and after, and each note left out as removed', () => {
    const { changes } = settleNotes([{ id: 7, type: 'clarification', text: 'First, better.' }], stored, STAMP, 2000);
    expect(changes).toEqual([
      { noteAt: '2026-03-01T09:00:00.000Z', change: 'edited', before: { type: 'correction', text: 'First.' }, after: { type: 'clarification', text: 'First, better.' } },
      { noteAt: '2026-03-01T12:00:00.000Z', change: 'removed', before: { type: 'update', text: 'Second.' }, after: null },
    ]);
  });

  it('null removes every note; an unchanged note records nothing', () => {
    expect(settleNotes(null, stored, STAMP, 2000).changes.map((c) => c.change)).toEqual(['removed', 'removed']);
    expect(settleNotes([{ id: 7 }, { id: 8, text: ' Second. ' }], stored, STAMP, 2000).changes).toEqual([]);
  });

  it.each([
    ['not a list', 'x', ['corrections']],
    ['a note that is not an object', ['x'], ['corrections', 0]],
    ['an unknown type', [{ type: "editor's note", text: 'x' }], ['corrections', 0, 'type']],
    ['empty text', [{ type: 'update', text: '' }], ['corrections', 0, 'text']],
    ['spaces only', [{ type: 'update', text: ' \n ' }], ['corrections', 0, 'text']],
    ['text emptied on a stored note', [{ id: 7, text: '' }], ['corrections', 0, 'text']],
    ['text too long', [{ type: 'update', text: 'x'.repeat(11) }], ['corrections', 0, 'text']],
  ])('refuses %s, naming the field', (_name, incoming, path) => {
    expect(pathOf(() => settleNotes(incoming, stored, STAMP, 10))).toEqual(path);
  });
});
