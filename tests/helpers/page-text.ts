import fs from 'fs';
import path from 'path';
import { quoteSentence } from '../../src/reader-page/render/quote-sentence';

/**
 * Reads an assembled article aloud, line by line, the way the reference page prints it: so a
 * test can compare the two texts and prove nothing was lost, added or reordered.
 */
interface Image {
  caption: string | null;
  credit: string | null;
}
type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'image'; image: Image }
  | { type: 'quote'; text: string; attribution: string | null; continuesParagraph?: boolean };

export interface AssembledForReading {
  title: string;
  byline: Array<{ name: string }>;
  dateline: string | null;
  heroImage: Image | null;
  body: Block[];
}

const captionLine = (image: Image) => [image.caption, image.credit ? `[${image.credit}]` : null].filter(Boolean).join(' ');

// The seed prints straight quotation marks.
const quoteLine = (text: string, attribution: string | null) => quoteSentence(text, attribution, ['"', '"']);

export const readAloud = (article: AssembledForReading): string[] => {
  const lines = [article.title, `By ${article.byline.map((a) => a.name).join(', ')}`];
  if (article.heroImage) lines.push(captionLine(article.heroImage));
  let first = true;
  for (const block of article.body) {
    switch (block.type) {
      case 'paragraph':
        lines.push(first && article.dateline ? `${article.dateline} -- ${block.text}` : block.text);
        first = false;
        break;
      case 'subheading':
        lines.push(block.text);
        break;
      case 'image':
        lines.push(captionLine(block.image));
        break;
      case 'quote': {
        const line = quoteLine(block.text, block.attribution);
        if (block.continuesParagraph && lines.length > 0) lines[lines.length - 1] += ` ${line}`;
        else lines.push(line);
        first = false;
        break;
      }
    }
  }
  return lines;
};

/** The reference page's article text: every non-empty line before the reader widgets. */
export const referencePageLines = (): string[] => {
  const text = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'reference-article.txt'), 'utf8');
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.slice(0, lines.indexOf('Do you like this article?'));
};

/** Quotation marks are typography, not content: the seed even leaves one quotation open. */
export const comparable = (lines: string[]): string[] => lines.map((line) => line.replace(/"/g, '').replace(/\s+/g, ' ').trim());
