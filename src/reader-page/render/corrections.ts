import { html, type Html } from './html';
import { PAGE_TEXT } from './locales';
import { displayTime } from './tree';
import { NOTE_LABELS } from '../../api/article/corrections/notes';
import type { CorrectionView } from '../../api/article/assembly/types';

/**
 * An article's notes to readers: a short notice at the top when it carries a correction, linking
 * to the list at its foot, where every note is shown with its type, date and text, oldest first
 * (the assembled article's order). They take the page's language and direction like the story.
 */
export const CORRECTIONS_ID = 'corrections';

export const renderCorrectionNotice = (notes: CorrectionView[]): Html => {
  const corrections = notes.filter((note) => note.type === 'correction');
  if (corrections.length === 0) return html``;
  const latest = corrections[corrections.length - 1];
  return html`<p class="correction-notice" role="note">${PAGE_TEXT.correctedOn} <time datetime="${latest.at}">${displayTime(latest.at)}</time>. <a href="#${CORRECTIONS_ID}">${PAGE_TEXT.seeCorrections}</a></p>`;
};

export const renderCorrections = (notes: CorrectionView[]): Html =>
  notes.length
    ? html`<section class="corrections" id="${CORRECTIONS_ID}" aria-labelledby="corrections-title">
<h2 id="corrections-title">${PAGE_TEXT.correctionsTitle}</h2>
<ol>
${notes.map(
  (note) => html`<li class="note note-${note.type}"><p><strong class="note-type">${NOTE_LABELS[note.type]}</strong> <time datetime="${note.at}">${displayTime(note.at)}</time></p><p class="note-text">${note.text}</p></li>
`
)}</ol>
</section>`
    : html``;
