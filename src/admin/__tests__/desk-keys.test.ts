import { keyOf } from '../desk/keyboard';
import { reasonText, relative } from '../desk/words';

/** An element as the key rule sees it: its tag, role, and whether it sits in a list or dialog. */
const element = (tagName: string, { role, inside, editable }: { role?: string; inside?: boolean; editable?: boolean } = {}) => ({
  tagName,
  isContentEditable: editable === true,
  getAttribute: (name: string) => (name === 'role' ? role ?? null : null),
  closest: () => (inside ? {} : null),
});
const press = (key: string, target: unknown = element('ARTICLE'), modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) =>
  keyOf({ key, target: target as EventTarget, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('the desk’s keys', () => {
  it.each([
    ['J moves to the next card', 'j', 'next'],
    ['K to the previous', 'k', 'previous'],
    ['A approves', 'a', 'approve'],
    ['Shift+A approves too', 'A', 'approve'],
    ['R rejects', 'r', 'reject'],
    ['S marks as spam', 's', 'spam'],
    ['N opens a note', 'n', 'note'],
    ['X selects', 'x', 'select'],
    ['U undoes', 'u', 'undo'],
    ['? shows the keys', '?', 'help'],
    ['another letter does nothing', 'q', null],
  ])('%s', (_case, key, action) => {
    expect(press(key)).toBe(action);
  });

  it('Ctrl+Z and Cmd+Z undo; Ctrl with another letter is the browser’s', () => {
    expect(press('z', undefined, { ctrlKey: true })).toBe('undo');
    expect(press('z', undefined, { metaKey: true })).toBe('undo');
    expect(press('a', undefined, { ctrlKey: true })).toBeNull();
    expect(press('a', undefined, { altKey: true })).toBeNull();
  });

  it.each([
    ['a text box', element('INPUT')],
    ['a text area (the note box)', element('TEXTAREA')],
    ['a select box', element('DIV', { role: 'combobox' })],
    ['a list of options', element('DIV', { inside: true })],
    ['an editable element', element('DIV', { editable: true })],
  ])('no key acts while typing in %s, Ctrl+Z included', (_case, target) => {
    expect(press('a', target)).toBeNull();
    expect(press('j', target)).toBeNull();
    expect(press('z', target, { ctrlKey: true })).toBeNull();
  });

  it('a key pressed with nothing focused acts', () => {
    expect(press('a', null)).toBe('approve');
  });
});

describe('what a card says', () => {
  it.each([
    [{ kind: 'held-word' as const, text: 'Held for a word', word: 'idiot' }, 'Held word: “idiot”'],
    [{ kind: 'held-word' as const, text: 'Held for a word' }, 'Held for a word'],
    [{ kind: 'links' as const, text: '3 links', links: 3 }, '3 links'],
    [{ kind: 'links' as const, text: 'Too many links' }, 'Too many links'],
    [{ kind: 'links' as const, text: '1 links', links: 1 }, '1 link'],
    [{ kind: 'pre-moderation' as const, text: 'Pre-moderation: waits for a moderator.' }, 'Pre-moderation: waits for a moderator.'],
  ])('%j reads %s', (reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });

  it('times relative to now', () => {
    const now = Date.parse('2026-05-01T12:00:00Z');
    expect(relative('2026-05-01T11:57:00Z', now)).toMatch(/3 minutes ago/);
    expect(relative('2026-05-01T09:00:00Z', now)).toMatch(/3 hours ago/);
    expect(relative('2026-04-28T12:00:00Z', now)).toMatch(/3 days ago/);
  });
});
