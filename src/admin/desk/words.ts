import type { DeskQueue, DeskReason, Standing } from '../../api/comment/desk/types';
import type { Decision } from './api';

/** What the desk says, in one place: labels, hints and the sentences shown when something fails. */

export const QUEUES: Array<{ queue: DeskQueue; label: string }> = [
  { queue: 'pending', label: 'Pending' },
  { queue: 'reported', label: 'Reported' },
  { queue: 'approved', label: 'Approved' },
  { queue: 'rejected', label: 'Rejected' },
  { queue: 'spam', label: 'Spam' },
];

export const DECISIONS: Array<{ action: Decision; label: string; key: string; variant: 'success' | 'danger' | 'tertiary' }> = [
  { action: 'approve', label: 'Approve', key: 'A', variant: 'success' },
  { action: 'reject', label: 'Reject', key: 'R', variant: 'danger' },
  { action: 'spam', label: 'Spam', key: 'S', variant: 'tertiary' },
];

export const DONE: Record<Decision, string> = { approve: 'Approved', reject: 'Rejected', spam: 'Marked as spam' };

export const STANDINGS: Record<Standing, string> = { trusted: 'Trusted', blocked: 'Blocked', normal: 'Normal' };
/** What each standing does to the author's next comments. */
export const STANDING_EFFECT: Record<Standing, string> = {
  trusted: 'their next comments skip pre-moderation',
  blocked: 'their next comments go to spam',
  normal: 'their next comments are screened as anyone’s',
};

export const reasonText = (reason: DeskReason): string => {
  switch (reason.kind) {
    case 'held-word':
      return reason.word ? `Held word: “${reason.word}”` : reason.text;
    case 'blocked-word':
      return reason.word ? `Blocked word: “${reason.word}”` : reason.text;
    case 'links':
      return reason.links !== undefined ? `${reason.links} link${reason.links === 1 ? '' : 's'}` : reason.text;
    default:
      return reason.text;
  }
};

export const KEYS: Array<[string, string]> = [
  ['J / K', 'next / previous comment'],
  ['A', 'approve'],
  ['R', 'reject'],
  ['S', 'spam'],
  ['N', 'note (Enter saves, Esc closes)'],
  ['X', 'select'],
  ['U or Ctrl+Z', 'undo'],
  ['?', 'these keys'],
];

export const MESSAGES = {
  readQueue: 'The queue could not be read',
  readCounts: 'The counts could not be read',
  decide: 'The decision was not saved',
  undo: 'The decision was not undone',
  note: 'The note was not saved',
  bulk: 'The comments were not decided',
  author: 'The author could not be read',
  standing: 'The author’s standing was not changed',
  empty: 'Nothing here: this queue is clear.',
  emptyFiltered: 'No comment in this queue matches the filters.',
} as const;

/** "3 minutes ago", "yesterday": relative to now, in the browser's language. */
export const relative = (at: string, now = Date.now()): string => {
  const seconds = Math.round((new Date(at).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['second', 60],
    ['minute', 60],
    ['hour', 24],
    ['day', 30],
    ['month', 12],
  ];
  let value = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return format.format(value, unit);
    value = Math.round(value / size);
  }
  return format.format(value, 'year');
};
export const exact = (at: string): string => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
