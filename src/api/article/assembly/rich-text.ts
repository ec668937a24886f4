import type { BlockNode, InlineNode, LinkNode, TextNode } from './types';

/**
 * Turns a paragraph written in Strapi's Blocks editor into plain text and, when it carries
 * formatting, into HTML that is safe to insert as is: every text is escaped, only a fixed set of
 * elements is produced, and links keep http(s), mailto and site-relative addresses only.
 */

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/))/i;

const isText = (node: InlineNode | BlockNode): node is TextNode => node.type === 'text';
const isLink = (node: InlineNode | BlockNode): node is LinkNode => node.type === 'link';

const textOf = (node: InlineNode | BlockNode): string => {
  if (isText(node)) return node.text ?? '';
  const children = (node.children ?? []) as Array<InlineNode | BlockNode>;
  const separator = node.type === 'list' ? '\n' : '';
  return children.map(textOf).join(separator);
};

const htmlOfText = (node: TextNode): string => {
  let html = escapeHtml(node.text ?? '').replace(/\n/g, '<br>');
  if (node.code) html = `<code>${html}</code>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.underline) html = `<u>${html}</u>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  return html;
};

const htmlOf = (node: InlineNode | BlockNode): string => {
  if (isText(node)) return htmlOfText(node);
  const inner = ((node.children ?? []) as Array<InlineNode | BlockNode>).map(htmlOf).join('');
  if (isLink(node)) {
    const url = (node.url ?? '').trim();
    return SAFE_URL.test(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${inner}</a>` : inner;
  }
  switch (node.type) {
    case 'list':
      return node.format === 'ordered' ? `<ol>${inner}</ol>` : `<ul>${inner}</ul>`;
    case 'list-item':
      return `<li>${inner}</li>`;
    case 'quote':
      return `<blockquote>${inner}</blockquote>`;
    case 'code':
      return `<pre><code>${inner}</code></pre>`;
    // Headings are split out before (splitAtHeadings). Images are Image blocks: a paragraph of their text.
    default:
      return `<p>${inner}</p>`;
  }
};

const hasFormatting = (nodes: BlockNode[]): boolean => {
  const formatted = (node: InlineNode | BlockNode): boolean => {
    if (isText(node)) return Boolean(node.bold || node.italic || node.underline || node.strikethrough || node.code);
    if (isLink(node)) return true;
    return ((node.children ?? []) as Array<InlineNode | BlockNode>).some(formatted);
  };
  return nodes.length > 1 || nodes.some((node) => node.type !== 'paragraph' || formatted(node));
};

export const renderRichText = (nodes: BlockNode[] | null | undefined): { text: string; html?: string } => {
  const blocks = (Array.isArray(nodes) ? nodes : []).filter((node) => node && typeof node === 'object');
  const text = blocks.map(textOf).join('\n\n').trim();
  if (!hasFormatting(blocks)) return { text };
  return { text, html: blocks.map(htmlOf).join('') };
};

/** A paragraph block's text cut at its headings: runs of text, and the headings between them. */
export type RichTextPart = { kind: 'text'; nodes: BlockNode[] } | { kind: 'heading'; text: string };

/**
 * The rich-text editor offers Heading 1-6 inside a paragraph block; the page outline has one kind
 * of heading in the body, the subheading block, so each heading becomes one in place and the
 * paragraph is split around it (its level is not kept: the headline is the page's only h1).
 */
export const splitAtHeadings = (nodes: BlockNode[] | null | undefined): RichTextPart[] => {
  const parts: RichTextPart[] = [];
  let run: BlockNode[] = [];
  for (const node of Array.isArray(nodes) ? nodes : []) {
    if (!node || typeof node !== 'object') continue;
    if (node.type !== 'heading') {
      run.push(node);
      continue;
    }
    if (run.length > 0) parts.push({ kind: 'text', nodes: run });
    run = [];
    const text = textOf(node).trim();
    if (text) parts.push({ kind: 'heading', text });
  }
  if (run.length > 0) parts.push({ kind: 'text', nodes: run });
  return parts;
};
