/**
 * Unicode direction controls reorder what follows them: "\u202Enimda" displays as "admin". A name
 * needs none of them (a page shows it isolated, in its own direction), so they are removed:
 * embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), and the marks LRM, RLM and
 * the Arabic letter mark (U+200E, U+200F, U+061C), which only steer neighbouring punctuation.
 * ZWNJ and ZWJ (U+200C, U+200D) stay: Persian and Urdu names need them to join letters right.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export const withoutDirectionControls = (text: string): string => text.replace(DIRECTION_CONTROLS, '');
