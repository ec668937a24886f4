import { escapeHtml } from './html';

/**
 * Markup as data, for the parts of the page both the server and the browser draw (a comment):
 * one renderer builds the tree, the server writes it as HTML text (escaped, here), the browser
 * builds DOM nodes from it (client/dom.ts, text through textContent only). Nothing a reader wrote
 * is ever markup on either side. Imports nothing server-only: the browser bundle includes it.
 */
export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
export type Node = Element | string;

export const h = (tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | Node[] | null | false>): Element => ({
  tag,
  attrs,
  children: children.flat().filter((child): child is Node => child !== null && child !== false),
});

export const toHtml = (node: Node): string => {
  if (typeof node === 'string') return escapeHtml(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
};
