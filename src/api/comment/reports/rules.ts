import { fieldError } from '../../../validation/field-error';
import type { Step } from '../pipeline/runner';

/**
 * The checks a reader's report meets before it is counted, in order, run by the comment
 * pipeline's runner. The comment itself (published, exists) is the service's to load.
 */
export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'misinformation', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const MAX_REPORT_NOTE = 500;
/** What a report may carry. */
export const REPORT_FIELDS = ['reason', 'note'] as const;

export const REPORT_MESSAGES = {
  reason: `Choose a reason: ${REPORT_REASONS.join(', ')}.`,
  note: `The note must be text of at most ${MAX_REPORT_NOTE} characters.`,
  noComment: 'No published comment with this id.',
} as const;

export interface ReportCandidate {
  reason: unknown;
  note: unknown;
}
export interface ValidReport {
  reason: ReportReason;
  note: string | null;
}
type ReportStep = Step<ReportCandidate, never>;

export const reasonListed: ReportStep = ({ reason }) =>
  typeof reason === 'string' && (REPORT_REASONS as readonly string[]).includes(reason) ? null : { refuse: fieldError('reason', REPORT_MESSAGES.reason) };

export const noteIsShortText: ReportStep = ({ note }) => {
  if (note === undefined || note === null) return { with: { note: null } };
  if (typeof note !== 'string' || [...note].length > MAX_REPORT_NOTE) return { refuse: fieldError('note', REPORT_MESSAGES.note) };
  return { with: { note: note.trim() || null } };
};

export const REPORT_RULES: ReportStep[] = [reasonListed, noteIsShortText];
