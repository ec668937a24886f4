/**
 * The one e-mail rule: a commenter's address and a moderator account's alike. Deliberately
 * simple: one @, no spaces or address punctuation, a dot in the domain. Deliverability is the
 * mailer's job.
 */
// RFC 5321 caps an address at 254 characters.
export const MAX_EMAIL_LENGTH = 254;
export const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/** Whether a value (already trimmed) is an e-mail address we accept. */
export const isEmailAddress = (value: string): boolean => value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
