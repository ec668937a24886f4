import type { ScreeningRule } from './types';

/** A filled honeypot is a bot: stored as spam, answered like any other submission. */
export const honeypot: ScreeningRule = ({ honeypotFilled }) =>
  honeypotFilled ? { status: 'spam', rule: 'honeypot', reason: 'Spam: the hidden honeypot field was filled in.' } : null;
