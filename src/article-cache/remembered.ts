import type { Core } from '@strapi/strapi';

/**
 * Small answers that every public request needs and editors rarely change (the locales, the
 * comment rules), kept in memory per process instead of read from the database per request.
 * Forgotten when their models are written on this instance (at once and again when the write
 * commits), when another instance's change reaches this one through the page cache's bus (a
 * change to these models drops every page, see invalidation.ts), and at the latest after a
 * minute, for instances that share no bus (ARTICLE_CACHE=false or no Redis).
 */

const TTL_MS = 60_000;

export interface Remembered<T> {
  get(): Promise<T>;
  forget(): void;
}

type Subscriber = Parameters<Core.Strapi['db']['lifecycles']['subscribe']>[0];

const registry = new WeakMap<Core.Strapi, Set<Remembered<unknown>>>();

/** Forgets every remembered answer of this app (a change that may touch any of them). */
export const forgetRemembered = (strapi: Core.Strapi): void => {
  for (const value of registry.get(strapi) ?? []) value.forget();
};

export const remember = <T>(strapi: Core.Strapi, models: string[], load: () => Promise<T>): Remembered<T> => {
  let value: { promise: Promise<T>; until: number } | null = null;
  let subscribed = false;

  const forget = () => {
    value = null;
  };
  const forgetOnCommit = async () => {
    forget();
    if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(forget));
  };
  // Subscribed on first use: the database's lifecycles exist once Strapi has loaded.
  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    const after: Subscriber = {
      models,
      afterCreate: forgetOnCommit,
      afterCreateMany: forgetOnCommit,
      afterUpdate: forgetOnCommit,
      afterUpdateMany: forgetOnCommit,
      afterDelete: forgetOnCommit,
      afterDeleteMany: forgetOnCommit,
    };
    strapi.db.lifecycles.subscribe(after);
  };

  const remembered: Remembered<T> = {
    get() {
      subscribe();
      if (value && value.until > Date.now()) return value.promise;
      const promise = load();
      const entry = { promise, until: Date.now() + TTL_MS };
      value = entry;
      // A failed read is not remembered. (A read overtaken by a change is dropped by forget.)
      promise.catch(() => {
        if (value === entry) value = null;
      });
      return promise;
    },
    forget,
  };
  const set = registry.get(strapi) ?? new Set<Remembered<unknown>>();
  set.add(remembered as Remembered<unknown>);
  registry.set(strapi, set);
  return remembered;
};
