import type { CorrectionView } from './types';
import { isNoteType } from '../corrections/notes';

/** An article's notes as the contract gives them: type, text and time, oldest first. Who wrote them stays in the newsroom. */
export interface StoredCorrection {
  type?: string | null;
  text?: string | null;
  at?: string | Date | null;
}

export const toCorrectionViews = (notes: StoredCorrection[] | null | undefined): CorrectionView[] =>
  (notes ?? [])
    .filter((note) => isNoteType(note.type) && typeof note.text === 'string' && note.text.trim() && note.at)
    .map((note, order) => ({ view: { type: note.type, text: (note.text as string).trim(), at: new Date(note.at as string).toISOString() } as CorrectionView, order }))
    .sort((a, b) => a.view.at.localeCompare(b.view.at) || a.order - b.order)
    .map(({ view }) => view);

/** The later of the last edit and the latest note: when the story last changed for a reader. */
export const lastModified = (updatedAt: string, corrections: CorrectionView[]): string =>
  corrections.reduce((latest, note) => (note.at > latest ? note.at : latest), updatedAt);
