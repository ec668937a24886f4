import { previewLink, signatureOf, verifyPreview, type PreviewTarget } from '../link';

const keys = { secret: 'a-test-secret', ttlSeconds: 3600 };
const now = Date.UTC(2026, 10, 26, 12, 0, 0);
const target: PreviewTarget = { documentId: 'abc123', locale: 'fa-AF', status: 'draft' };

const queryOf = (link: string): Record<string, string> => Object.fromEntries(new URL(link, 'http://x').searchParams);

describe('preview links', () => {
  it('open the version they were signed for, until they expire', () => {
    const query = queryOf(previewLink(target, keys, now));
    expect(query.expires).toBe(String(now / 1000 + 3600));
    expect(verifyPreview('abc123', query, keys.secret, now)).toEqual({ target });
    expect(verifyPreview('abc123', query, keys.secret, now + 3599_000)).toEqual({ target });
  });

  it.each([
    ['no signature', (q: Record<string, string>) => ({ ...q, signature: '' }), 'abc123', now, 'missing'],
    ['no expiry', (q: Record<string, string>) => ({ ...q, expires: '' }), 'abc123', now, 'missing'],
    ['another document', (q: Record<string, string>) => q, 'zzz999', now, 'forged'],
    ['another locale', (q: Record<string, string>) => ({ ...q, locale: 'en' }), 'abc123', now, 'forged'],
    ['the default locale instead', (q: Record<string, string>) => ({ ...q, locale: '' }), 'abc123', now, 'forged'],
    ['another status', (q: Record<string, string>) => ({ ...q, status: 'published' }), 'abc123', now, 'forged'],
    ['an unknown status', (q: Record<string, string>) => ({ ...q, status: 'modified' }), 'abc123', now, 'forged'],
    ['a later expiry', (q: Record<string, string>) => ({ ...q, expires: String(Number(q.expires) + 60) }), 'abc123', now, 'forged'],
    ['a changed signature', (q: Record<string, string>) => ({ ...q, signature: `${q.signature.slice(0, -1)}A` }), 'abc123', now, 'forged'],
    ['a short signature', (q: Record<string, string>) => ({ ...q, signature: 'abc' }), 'abc123', now, 'forged'],
    ['the expiry passed', (q: Record<string, string>) => q, 'abc123', now + 3600_000, 'expired'],
  ])('are refused with %s', (_case, change, documentId, at, refused) => {
    const query = change(queryOf(previewLink(target, keys, now)));
    expect(verifyPreview(documentId, query, keys.secret, at)).toEqual({ refused });
  });

  it('are refused when signed with another key', () => {
    const query = queryOf(previewLink(target, { ...keys, secret: 'another' }, now));
    expect(verifyPreview('abc123', query, keys.secret, now)).toEqual({ refused: 'forged' });
  });

  it('sign the expiry: a link signed in the past stays expired', () => {
    const expires = now / 1000 - 1;
    const signature = signatureOf({ ...target, expires }, keys.secret);
    expect(verifyPreview('abc123', { locale: 'fa-AF', status: 'draft', expires: String(expires), signature }, keys.secret, now)).toEqual({
      refused: 'expired',
    });
  });
});
