/**
 * Every text box, text area and rich-text editor of the admin panel lays out its text in the
 * direction of that text: dir="auto" makes the browser take it from the first strong letter, so a
 * Dari, Pashto or Urdu headline reads right to left and an English one left to right, in every form.
 * Strapi's inputs take no dir prop, so one observer marks them as they appear. In the blocks
 * editor each paragraph, heading, quote and list item gets its own dir, so each follows its text.
 */

const TEXT_BOXES = [
  'input:not([type])',
  'input[type="text"]',
  'input[type="search"]',
  'textarea',
  '[contenteditable="true"]',
  // The blocks editor's own elements (Slate marks each with data-slate-node="element").
  '[contenteditable="true"] [data-slate-node="element"]',
].join(',');

const mark = (element: Element) => {
  if (!element.hasAttribute('dir')) element.setAttribute('dir', 'auto');
};
const follow = (root: Element) => {
  if (root.matches(TEXT_BOXES)) mark(root);
  root.querySelectorAll(TEXT_BOXES).forEach(mark);
};

export const followTextDirection = (root: HTMLElement = document.body): MutationObserver => {
  follow(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => {
        if (node instanceof Element) follow(node);
      });
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
};
