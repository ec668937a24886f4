import * as React from 'react';

/**
 * The desk's keys: one listener on the document while the desk is open. A key never acts while the
 * moderator types (a text box, a text area, a select's list, an editable element) or holds a
 * modifier, except Ctrl+Z / Cmd+Z for undo, which only acts outside a text box too, where the
 * browser's own undo of typing belongs.
 */
export type DeskKey = 'next' | 'previous' | 'approve' | 'reject' | 'spam' | 'note' | 'select' | 'undo' | 'help';

const KEYS: Record<string, DeskKey> = {
  j: 'next',
  k: 'previous',
  a: 'approve',
  r: 'reject',
  s: 'spam',
  n: 'note',
  x: 'select',
  u: 'undo',
  '?': 'help',
};

/** Typing somewhere: the element is a text box or inside a list or dialog that takes keys itself. */
export const isTyping = (target: EventTarget | null): boolean => {
  // Duck-typed rather than instanceof HTMLElement: the rule is tested without a DOM.
  const element = target as Partial<HTMLElement> | null;
  if (!element || typeof element.closest !== 'function' || typeof element.getAttribute !== 'function') return false;
  return (
    element.isContentEditable === true ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName ?? '') ||
    element.getAttribute('role') === 'combobox' ||
    element.closest('[role="listbox"],[role="dialog"],[role="menu"]') !== null
  );
};

export const keyOf = (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): DeskKey | null => {
  if (isTyping(event.target)) return null;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z') return 'undo';
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return KEYS[event.key === '?' ? '?' : event.key.toLowerCase()] ?? null;
};

export const useDeskKeys = (onKey: (key: DeskKey) => void): void => {
  // The latest handler without re-adding the listener on every render.
  const handler = React.useRef(onKey);
  handler.current = onKey;
  React.useEffect(() => {
    const listen = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const key = keyOf(event);
      // Holding J or K runs through the cards; a held A, R or S decides once.
      if (!key || (event.repeat && key !== 'next' && key !== 'previous')) return;
      event.preventDefault();
      handler.current(key);
    };
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  }, []);
};
