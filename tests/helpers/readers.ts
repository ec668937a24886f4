import type { TestApp } from './app';

/**
 * Readers as the server tells them apart: by client address. Test apps run with IS_PROXIED=true,
 * so X-Forwarded-For sets the address, as a load balancer would.
 */
// Documentation addresses (RFC 5737): only ever a header value, never contacted.
let next = 0;
export const newReaderAddress = (): string => {
  next += 1;
  return `198.51.${Math.floor(next / 250) % 250}.${(next % 250) + 1}`;
};

export const asReader = (app: TestApp, address: string) => ({
  post: (url: string) => app.http().post(url).set('X-Forwarded-For', address),
  get: (url: string) => app.http().get(url).set('X-Forwarded-For', address),
});

/** Rate limits lifted, for tests about something else. */
export const NO_RATE_LIMITS = {
  IS_PROXIED: 'true',
  RATE_LIMIT_COMMENTS: '100000',
  RATE_LIMIT_REPORTS: '100000',
  RATE_LIMIT_REACTIONS: '100000',
};
