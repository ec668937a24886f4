import { isFetchError } from '@strapi/strapi/admin';

/** The sentence an editor reads when a call to the admin API fails: the server's own message if it gave one. */
export const failure = (what: string, error: unknown): string => {
  const message = isFetchError(error) ? error.response?.data?.error?.message ?? error.message : error instanceof Error ? error.message : '';
  return message ? `${what}: ${message}` : `${what}.`;
};

/** The admin panel's server (its own origin unless STRAPI_ADMIN_BACKEND_URL says otherwise). */
export const backendURL = (): string => (window as Window & { strapi?: { backendURL?: string } }).strapi?.backendURL ?? window.location.origin;
