import { html, raw, type Html } from '../render/html';
import { splitTemplate } from './words';

/**
 * A message with markup in its placeholders (`This article was corrected on {time}.` with a
 * <time> element): the message's own text is escaped, the parts given are put in as they are.
 * The language decides where the markup goes.
 */
export const htmlMessage = (template: string, parts: Record<string, Html>): Html =>
  raw(
    splitTemplate(template)
      .map((piece, i) => (i % 2 === 0 ? html`${piece}`.value : (parts[piece]?.value ?? html`{${piece}}`.value)))
      .join('')
  );
