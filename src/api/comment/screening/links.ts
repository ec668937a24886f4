import type { ScreeningRule } from './types';

// Addresses as readers paste them: with a scheme, starting with www., or a bare domain with a path.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"]*/gi;

export const countLinks = (text: string): number => (text.match(LINK) ?? []).length;

/** More links than allowed (default 2, as WordPress): a person looks before it is shown. */
export const tooManyLinks: ScreeningRule = ({ body, maxLinks }) => {
  const links = countLinks(body);
  return links > maxLinks
    ? { status: 'pending', rule: 'links', reason: `Held for review: ${links} links (the limit is ${maxLinks}).`, links }
    : null;
};
