import { html, type Html } from './html';
import { htmlMessage } from '../messages/html';
import type { PageWords } from '../messages';
import type { CorrectionView } from '../../api/article/assembly/types';

/**
 * An article's notes to readers: a short notice at the top when it carries a correction, linking
 * to the list at its foot, where every note is shown with its type, date and text, oldest first
 * (the assembled article's order). They take the page's language and direction like the story.
 */
export const CORRECTIONS_ID = 'corrections';

export const renderCorrectionNotice = (notes: CorrectionView[], t: PageWords): Html => {
  const corrections = notes.filter((note) => note.type === 'correction');
  if (corrections.length === 0) return html``;
  const latest = corrections[corrections.length - 1];
  const when = html`<time datetime="${latest.at}">${t.time(latest.at)}</time>`;
  return html`<p class="correction-notice" role="note">${htmlMessage(t.m.correctedOn, { time: when })} <a href="#${CORRECTIONS_ID}">${t.m.seeCorrections}</a></p>`;
};

export const renderCorrections = (notes: CorrectionView[], t: PageWords): Html =>
  notes.length
    ? html`<section class="corrections" id="${CORRECTIONS_ID}" aria-labelledby="corrections-title">
<h2 id="corrections-title">${t.m.correctionsTitle}</h2>
<ol>
${notes.map(
  (note) => html`<li class="note note-${note.type}"><p><strong class="note-type">${t.m.noteTypes[note.type]}</strong> <time datetime="${note.at}">${t.time(note.at)}</time></p><p class="note-text">${note.text}</p></li>
`
)}</ol>
</section>`
    : html``;
