import { pathError } from '../../../validation/field-error';

/**
 * An article's notes to readers (corrections and updates), per locale: the rules a write meets,
 * without Strapi, so they are tested as a table (see ./index.ts for where they run).
 *
 * - A new note is stamped by the newsroom: `at` (now) and `by` (who acted), whatever the write
 *   sends for them; a note already stored keeps its own.
 * - A note's type is one of NOTE_TYPES and its text is not empty (spaces count as empty) and at
 *   most the component's maxLength.
 * - A stored note whose type or text a write changes is recorded as edited, one the write leaves
 *   out as removed (NoteChange), with what it said before.
 */
export const NOTE_TYPES = ['correction', 'clarification', 'update', 'editors-note'] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

/** How readers see each type (the reader page, the admin panel's record). */
export const NOTE_LABELS: Record<NoteType, string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
  'editors-note': "Editor's note",
};

export const isNoteType = (value: unknown): value is NoteType => typeof value === 'string' && (NOTE_TYPES as readonly string[]).includes(value);

/** A note as stored in the article's `corrections` (component article.correction). */
export interface StoredNote {
  id: number;
  type: string;
  text: string;
  at: string | Date | null;
  by: string | null;
}

/** A note as the write will store it: an existing note's id, or none for a new one. */
export interface SettledNote {
  id?: number;
  type: NoteType;
  text: string;
  at: string;
  by: string;
}

export interface NoteChange {
  /** The note's own time: its identity for readers and in the record. */
  noteAt: string;
  change: 'edited' | 'removed';
  before: { type: string; text: string };
  after: { type: string; text: string } | null;
}

export interface Stamp {
  at: string;
  by: string;
}

const MESSAGES = {
  list: 'Corrections and updates must be a list of notes.',
  note: 'A note must be an object with its type and text.',
  type: `A note's type must be one of: ${NOTE_TYPES.join(', ')}.`,
  text: 'A note needs its text.',
  long: (max: number) => `A note's text must be at most ${max} characters.`,
} as const;

const iso = (value: string | Date | null, fallback: string): string => (value ? new Date(value).toISOString() : fallback);

/**
 * The notes a write stores and the changes it makes to stored ones. `incoming` is the write's
 * `corrections` (null or an empty list removes them all); `stored` the version's notes before it.
 * An item names a stored note by its id; any other id is dropped (the note is new), so a write
 * cannot reach a note of another version or article.
 */
export const settleNotes = (
  incoming: unknown,
  stored: StoredNote[],
  stamp: Stamp,
  maxLength: number
): { notes: SettledNote[]; changes: NoteChange[] } => {
  if (incoming !== null && !Array.isArray(incoming)) throw pathError(['corrections'], MESSAGES.list);
  const byId = new Map(stored.map((note) => [note.id, note]));
  const kept = new Set<number>();
  const notes: SettledNote[] = [];
  const changes: NoteChange[] = [];

  for (const [index, item] of (incoming ?? []).entries()) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw pathError(['corrections', index], MESSAGES.note);
    const given = item as Record<string, unknown>;
    const id = Number(given.id);
    const existing = Number.isInteger(id) && !kept.has(id) ? byId.get(id) : undefined;

    const type = given.type === undefined ? (existing?.type ?? 'correction') : given.type;
    if (!isNoteType(type)) throw pathError(['corrections', index, 'type'], MESSAGES.type);
    const raw = given.text === undefined ? existing?.text : given.text;
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (!text) throw pathError(['corrections', index, 'text'], MESSAGES.text);
    if (text.length > maxLength) throw pathError(['corrections', index, 'text'], MESSAGES.long(maxLength));

    if (!existing) {
      notes.push({ type, text, at: stamp.at, by: stamp.by });
      continue;
    }
    kept.add(existing.id);
    const at = iso(existing.at, stamp.at);
    notes.push({ id: existing.id, type, text, at, by: existing.by ?? stamp.by });
    if (type !== existing.type || text !== existing.text) {
      changes.push({ noteAt: at, change: 'edited', before: { type: existing.type, text: existing.text }, after: { type, text } });
    }
  }

  for (const note of stored) {
    if (kept.has(note.id)) continue;
    changes.push({ noteAt: iso(note.at, stamp.at), change: 'removed', before: { type: note.type, text: note.text }, after: null });
  }
  return { notes, changes };
};
