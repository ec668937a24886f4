import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/**
 * Who a reader is, without an account: a first-party cookie the server sets (httpOnly,
 * SameSite=Lax, signed with the app keys), and the client address when the cookie is missing.
 * The first answer without a cookie keys the reader by address and hands them a cookie carrying
 * that same identity, so the next request is recognised even from another address.
 * Only a keyed hash of the identity is ever stored.
 */
export const READER_COOKIE = 'newsroom_reader';
const ONE_YEAR = 365 * 24 * 60 * 60 * 1000;

const secretOf = (strapi: Core.Strapi): string =>
  (strapi.config.get('newsroom.readerKeySecret') as string) || ((strapi.config.get('server.app.keys') as string[]) ?? []).join(',');

export const keyedHash = (strapi: Core.Strapi, value: string): string =>
  crypto.createHmac('sha256', secretOf(strapi)).update(value).digest('hex');

/** The reader's identity for this request; sets the cookie when the request had none. */
export const readerIdentity = (strapi: Core.Strapi, ctx: Context): string => {
  const fromCookie = ctx.cookies.get(READER_COOKIE, { signed: true });
  if (fromCookie && /^[a-z]+:[A-Za-z0-9_-]{16,128}$/.test(fromCookie)) return fromCookie;

  const identity = `ip:${keyedHash(strapi, ctx.request.ip || 'unknown').slice(0, 43)}`;
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

/** What is stored for a reader: never the cookie or the address themselves. */
export const readerKey = (strapi: Core.Strapi, ctx: Context): string => keyedHash(strapi, readerIdentity(strapi, ctx));
