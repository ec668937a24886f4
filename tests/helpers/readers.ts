import crypto from 'crypto';
import request from 'supertest';
import type { TestApp } from './app';
import { newBrowserIdentity, READER_COOKIE } from '../../src/readers/identity';

/**
 * Readers as the server tells them apart: each browser by its own signed first-party cookie; the
 * client address only for rate limits. Test apps run with IS_PROXIED=true, so X-Forwarded-For
 * sets the address, as a load balancer would.
 */
// Documentation addresses (RFC 5737): only ever a header value, never contacted.
let next = 0;
export const newReaderAddress = (): string => {
  next += 1;
  return `198.51.${Math.floor(next / 250) % 250}.${(next % 250) + 1}`;
};

type Jar = Map<string, string>;

const withJar = (jar: Jar, test: request.Test): request.Test => {
  if (jar.size) test.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
  test.on('response', (res: { headers: Record<string, string | string[] | undefined> }) => {
    for (const cookie of ([] as string[]).concat(res.headers['set-cookie'] ?? [])) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  });
  return test;
};

/** A new browser behind `address`: no cookie until the server gives it one, then it sends it back. */
export const newBrowser = (app: TestApp, address: string) => {
  const jar: Jar = new Map();
  return {
    jar,
    post: (url: string) => withJar(jar, app.http().post(url).set('X-Forwarded-For', address)),
    get: (url: string) => withJar(jar, app.http().get(url).set('X-Forwarded-For', address)),
  };
};

// What koa's signed cookies write (keygrip: HMAC-SHA1 of "name=value" with the first app key, base64url).
const signature = (app: TestApp, data: string): string => {
  const [key] = app.strapi.config.get('server.app.keys') as string[];
  return crypto.createHmac('sha1', key).update(data).digest('base64').replace(/=+$/, '').replace(/\//g, '_').replace(/\+/g, '-');
};

const readers = new WeakMap<TestApp, Map<string, ReturnType<typeof newBrowser>>>();

/**
 * The reader at `address`: one browser per address, which already holds its reader cookie (as
 * after a first visit), so even its first requests sent at once are one reader.
 */
export const asReader = (app: TestApp, address: string) => {
  const browsers = readers.get(app) ?? new Map<string, ReturnType<typeof newBrowser>>();
  readers.set(app, browsers);
  let browser = browsers.get(address);
  if (!browser) {
    browser = newBrowser(app, address);
    const identity = newBrowserIdentity();
    browser.jar.set(READER_COOKIE, identity);
    browser.jar.set(`${READER_COOKIE}.sig`, signature(app, `${READER_COOKIE}=${identity}`));
    browsers.set(address, browser);
  }
  return browser;
};

/** Rate limits lifted, for tests about something else. */
export const NO_RATE_LIMITS = {
  IS_PROXIED: 'true',
  RATE_LIMIT_COMMENTS: '100000',
  RATE_LIMIT_REPORTS: '100000',
  RATE_LIMIT_REACTIONS: '100000',
};
