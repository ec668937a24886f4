import crypto from 'crypto';

/**
 * Signed preview links: the one place a link to a draft is made and checked. The signature is an
 * HMAC-SHA256 over the document, its locale, the status shown and the expiry, so a link opens
 * that version only, until it expires; it is compared in constant time.
 */

export type PreviewStatus = 'draft' | 'published';

/** The version a link shows. */
export interface PreviewTarget {
  documentId: string;
  /** The locale code (`fa-AF`); empty for the default locale. */
  locale: string;
  status: PreviewStatus;
}

export interface SignedPreview extends PreviewTarget {
  /** Unix time, in seconds, after which the link no longer opens. */
  expires: number;
}

export interface PreviewKeys {
  secret: string;
  ttlSeconds: number;
}

/** Why a link does not open: each answers 403. */
export type PreviewRefusal = 'missing' | 'forged' | 'expired';

export const PREVIEW_REFUSALS: Record<PreviewRefusal, string> = {
  missing: 'This preview link is incomplete: open the preview again from the admin panel.',
  forged: 'This preview link is not valid: open the preview again from the admin panel.',
  expired: 'This preview link has expired: open the preview again from the admin panel.',
};

const STATUSES: readonly string[] = ['draft', 'published'];

export const previewPathOf = (documentId: string): string => `/preview/articles/${encodeURIComponent(documentId)}`;

export const signatureOf = (link: SignedPreview, secret: string): string =>
  crypto
    .createHmac('sha256', secret)
    .update([link.documentId, link.locale, link.status, String(link.expires)].join('\n'))
    .digest('base64url');

/** The site-relative address of a preview of this version, valid for `ttlSeconds` from `now`. */
export const previewLink = (target: PreviewTarget, keys: PreviewKeys, now = Date.now()): string => {
  const link: SignedPreview = { ...target, expires: Math.floor(now / 1000) + keys.ttlSeconds };
  const query = new URLSearchParams({
    ...(link.locale ? { locale: link.locale } : {}),
    status: link.status,
    expires: String(link.expires),
    signature: signatureOf(link, keys.secret),
  });
  return `${previewPathOf(link.documentId)}?${query.toString()}`;
};

const single = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const sameSignature = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // timingSafeEqual needs equal lengths; the length of a signature is no secret.
  return a.length === b.length && crypto.timingSafeEqual(a, b);
};

/** The version a link opens, or why it does not: the path's documentId and the query as given. */
export const verifyPreview = (
  documentId: string,
  query: Record<string, unknown>,
  secret: string,
  now = Date.now()
): { target: PreviewTarget } | { refused: PreviewRefusal } => {
  const signature = single(query.signature);
  const expiresText = single(query.expires);
  const status = single(query.status) ?? 'draft';
  const locale = single(query.locale) ?? '';
  if (!signature || !expiresText) return { refused: 'missing' };
  if (!/^\d{1,12}$/.test(expiresText) || !STATUSES.includes(status)) return { refused: 'forged' };
  const link: SignedPreview = { documentId, locale, status: status as PreviewStatus, expires: Number(expiresText) };
  if (!sameSignature(signature, signatureOf(link, secret))) return { refused: 'forged' };
  // Checked after the signature, so an expiry cannot be moved without the key.
  if (link.expires * 1000 <= now) return { refused: 'expired' };
  return { target: { documentId, locale, status: link.status } };
};
