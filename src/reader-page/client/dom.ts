import type { Node as TreeNode } from '../render/tree';

/** A tree from render/tree.ts as DOM nodes: attributes set one by one, text as text nodes. */
export const toDom = (node: TreeNode): globalThis.Node => {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
  for (const child of node.children) element.append(toDom(child));
  return element;
};
