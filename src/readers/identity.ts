import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/**
 * Who a reader is, without an account: each browser its own random identity, in a first-party
 * cookie the server sets (httpOnly, SameSite=Lax, Secure on https, signed with the app keys).
 * A request without a valid signed cookie is a new browser and gets a new identity: never the
 * client address, which an office, a university or a carrier's NAT shares between many readers
 * (the address is for rate limits only). Only a keyed hash of the identity is ever stored.
 */
export const READER_COOKIE = 'newsroom_reader';
const ONE_YEAR = 365 * 24 * 60 * 60 * 1000;
// "b:" and 32 random bytes. Earlier cookies ("ip:...") were derived from the address, so shared by
// everyone behind it: they are not honoured, and their holders get a browser identity of their own.
const BROWSER_IDENTITY = /^b:[A-Za-z0-9_-]{43}$/;

const secretOf = (strapi: Core.Strapi): string =>
  (strapi.config.get('newsroom.readerKeySecret') as string) || ((strapi.config.get('server.app.keys') as string[]) ?? []).join(',');

export const keyedHash = (strapi: Core.Strapi, value: string): string =>
  crypto.createHmac('sha256', secretOf(strapi)).update(value).digest('hex');

export const newBrowserIdentity = (): string => `b:${crypto.randomBytes(32).toString('base64url')}`;

/**
 * The reader's identity for this request: a new browser (no valid signed cookie) gets a new one.
 * The cookie is written on every answer, so it lasts a year from the reader's last vote or report.
 */
export const readerIdentity = (ctx: Context): string => {
  const fromCookie = ctx.cookies.get(READER_COOKIE, { signed: true });
  const identity = fromCookie && BROWSER_IDENTITY.test(fromCookie) ? fromCookie : newBrowserIdentity();
  ctx.cookies.set(READER_COOKIE, identity, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.request.secure,
    maxAge: ONE_YEAR,
    overwrite: true,
  });
  return identity;
};

/** What is stored for a reader: never the cookie itself. */
export const readerKey = (strapi: Core.Strapi, ctx: Context): string => keyedHash(strapi, readerIdentity(ctx));
