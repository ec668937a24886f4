/**
 * The words on a collapsed body block's header. Strapi prints String(value of the component's
 * main field), which says nothing for a paragraph (its text is a blocks field, an array) or a
 * photo (a relation); vite.config.ts makes the dynamic zone call this instead.
 */

const WORDS = 12;

interface TextNode {
  text?: unknown;
  children?: unknown;
}

const textOf = (node: unknown): string => {
  if (Array.isArray(node)) return node.map(textOf).filter(Boolean).join(' ');
  if (!node || typeof node !== 'object') return '';
  const { text, children } = node as TextNode;
  if (typeof text === 'string') return text;
  return textOf(children);
};

const firstWords = (text: string): string => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > WORDS ? `${words.slice(0, WORDS).join(' ')}…` : words.join(' ');
};

/** The label of a relation just picked in the form (what the relation box shows for it). */
const pickedLabel = (relation: unknown): string => {
  const connect = (relation as { connect?: Array<{ label?: unknown }> } | null)?.connect;
  const label = Array.isArray(connect) ? connect[connect.length - 1]?.label : undefined;
  return typeof label === 'string' ? label : '';
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

type Block = Record<string, unknown>;

const HEADERS: Record<string, (block: Block) => string> = {
  'article.paragraph': (block) => firstWords(textOf(block.text)),
  'article.subheading': (block) => text(block.text),
  'article.quote': (block) => {
    const words = text(block.words) || pickedLabel(block.quote);
    const who = text(block.speakerName) || text(block.attribution);
    return firstWords([words && `“${words}”`, who].filter(Boolean).join(' '));
  },
  'article.image': (block) => firstWords(text(block.captionOverride) || pickedLabel(block.image)),
};

export const blockHeader = (componentUid: string | undefined, block: unknown, mainField: string): string => {
  if (!block || typeof block !== 'object') return '';
  const values = block as Block;
  const header = componentUid ? HEADERS[componentUid] : undefined;
  if (header) return header(values);
  // Any other component: what Strapi itself shows.
  const value = values[mainField];
  return mainField === 'id' || !value ? '' : String(value).trim();
};
