import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/**
 * Who made a change, as the moderation trail, an article's versions and its corrections record it.
 * One module for every record of "who": a request's user or token, or work the server does on its
 * own (the scheduler), which says so with `actAs`.
 */
export interface Actor {
  type: 'moderator' | 'admin' | 'api-token' | 'scheduler' | 'system';
  label: string;
  /** The admin user's id, when an admin user acted. */
  adminId?: number;
}

export const SYSTEM: Actor = { type: 'system', label: 'system' };
export const SCHEDULER: Actor = { type: 'scheduler', label: 'scheduler' };

const acting = new AsyncLocalStorage<Actor>();

/** Runs work the server does on its own behalf (outside any request) as `actor`, so what it writes is attributed. */
export const actAs = <T>(actor: Actor, work: () => Promise<T>): Promise<T> => acting.run(actor, work);

interface RequestState {
  user?: { id?: number | string; email?: string; username?: string };
  auth?: { strategy?: { name?: string }; credentials?: { name?: string } };
  moderator?: { id: number | string; email?: string; username?: string };
}

/**
 * Reads the actor from the request being served (Strapi keeps it in an AsyncLocalStorage), so a
 * decision made from the moderation API, the admin panel or a script is attributed without each
 * caller passing it down. Outside a request (scripts, the screening at submission) and for anonymous readers (reports) it is
 * "system": only a system decision leaves the readers' reports open.
 */
export const currentActor = (strapi: Core.Strapi): Actor => {
  const declared = acting.getStore();
  if (declared) return declared;
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  const state = ctx?.state;
  if (!state) return SYSTEM;
  if (state.moderator) {
    const who = state.moderator.email || state.moderator.username || 'unknown';
    return { type: 'moderator', label: `${who} (moderator #${state.moderator.id})` };
  }
  const strategy = state.auth?.strategy?.name;
  if (strategy === 'admin' && state.user) {
    const adminId = Number(state.user.id);
    return { type: 'admin', label: `${state.user.email ?? 'unknown'} (admin #${state.user.id})`, ...(Number.isInteger(adminId) ? { adminId } : {}) };
  }
  // Strapi 5.54 names the content API's token strategy "content-api-token" (earlier: "api-token").
  if (strategy === 'content-api-token' || strategy === 'api-token') {
    // A token is given to a person or a tool that decides like a moderator: its decisions count as theirs.
    return { type: 'api-token', label: `API token "${state.auth?.credentials?.name ?? 'unnamed'}"` };
  }
  return SYSTEM;
};

/** A person's (or a token's) decision answers the readers' reports; the system's (or the scheduler's) does not. */
export const answersReports = (actor: Actor): boolean => actor.type !== 'system' && actor.type !== 'scheduler';
