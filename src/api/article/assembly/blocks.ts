import { renderRichText, splitAtHeadings } from './rich-text';
import { toImageView } from './media';
import type { BlockNode, BlockView, SpeakerView, StoredBlock, StoredQuote } from './types';

/**
 * The article body in reading order, as the contract's blocks. A block an editor left
 * incomplete (an empty paragraph, a photo slot with no Image, a quote slot with no Quote) is left
 * out rather than served half-made.
 */

// A quote whose speaker was not recorded is still a quote ("a senior official said"): the
// role carries what the article says about the source.
const UNNAMED_SOURCE = 'Unnamed source';

const toSpeaker = (quote: StoredQuote): SpeakerView => ({
  name: quote.speaker?.name?.trim() || UNNAMED_SOURCE,
  slug: quote.speaker?.slug ?? null,
  role: quote.speakerRole?.trim() || quote.speaker?.currentTitle?.trim() || null,
  organization: quote.speaker?.organization?.trim() || null,
});

const toParagraph = (nodes: BlockNode[]): BlockView | null => {
  const { text, html } = renderRichText(nodes);
  if (!text) return null;
  return html ? { type: 'paragraph', text, html } : { type: 'paragraph', text };
};

/** A paragraph block with headings in it: its paragraphs and subheadings, in place. */
const paragraphBlocks = (nodes: BlockNode[] | null | undefined): Array<BlockView | null> =>
  splitAtHeadings(nodes).map((part) =>
    part.kind === 'heading' ? { type: 'subheading', text: part.text } : toParagraph(part.nodes)
  );

const toBlock = (block: StoredBlock, publicUrl: string): BlockView | null => {
  switch (block.__component) {
    case 'article.subheading': {
      const text = block.text?.trim();
      return text ? { type: 'subheading', text } : null;
    }
    case 'article.image': {
      const image = toImageView(block.image, publicUrl, block.captionOverride);
      return image ? { type: 'image', image } : null;
    }
    case 'article.quote': {
      const quote = block.quote;
      const text = quote?.text?.trim();
      if (!quote || !text) return null;
      return {
        type: 'quote',
        quoteId: quote.documentId,
        text,
        attribution: block.attribution?.trim() || null,
        speaker: toSpeaker(quote),
        display: block.display === 'pullquote' ? 'pullquote' : 'inline',
        continuesParagraph: Boolean(block.continuesParagraph),
        saidOn: quote.saidOn ?? null,
        saidWhere: quote.saidWhere?.trim() || null,
      };
    }
    default:
      return null;
  }
};

export const toBodyBlocks = (body: StoredBlock[] | null | undefined, publicUrl: string): BlockView[] =>
  (body ?? [])
    .flatMap((block) => (block.__component === 'article.paragraph' ? paragraphBlocks(block.text) : [toBlock(block, publicUrl)]))
    .filter((block): block is BlockView => block !== null);
