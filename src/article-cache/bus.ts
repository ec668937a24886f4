import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { forgetRemembered } from './remembered';
import { ALL, type PageStore } from './store';

/**
 * Invalidations shared by every instance through Redis pub/sub (with REDIS_URL). Each instance
 * drops its own pages at once and tells the others; a message from itself is ignored.
 *
 * While the subscription is down, this instance cannot hear the others' changes: its pages then
 * live one second at most, so no reader sees a stale page for longer, and a warning is logged.
 * When it is back, everything cached meanwhile is dropped (messages sent during the outage are lost).
 */

export interface InvalidationBus {
  publish(tags: string[] | typeof ALL): void;
  close(): Promise<void>;
}

// How long a page may live while other instances' invalidations cannot reach this one.
export const DEGRADED_TTL_MS = 1000;

interface Message {
  from: string;
  tags: string[] | typeof ALL;
}

export const localBus = (): InvalidationBus => ({
  publish() {},
  async close() {},
});

export const redisBus = (strapi: Core.Strapi, store: PageStore, url: string, channel: string): InvalidationBus => {
  const self = crypto.randomUUID();
  const options = { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: (times: number) => Math.min(times * 200, 2000) };
  const publisher = new Redis(url, options);
  // Subscribing needs the offline queue: the SUBSCRIBE command is queued until the connection is up.
  const subscriber = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null });
  let everConnected = false;
  let warned = false;
  let closing = false;

  const degrade = (reason: string) => {
    store.capTtl(DEGRADED_TTL_MS);
    if (!warned && !closing) {
      strapi.log.warn(`[article-cache] Redis unavailable (${reason}): pages are cached for 1 s per instance until it is back.`);
      warned = true;
    }
  };
  store.capTtl(DEGRADED_TTL_MS);

  subscriber.on('message', (_channel: string, raw: string) => {
    try {
      const message = JSON.parse(raw) as Message;
      if (message.from === self) return;
      // A change another instance saw to the locales or settings: what this one remembers of them too.
      if (message.tags === ALL) forgetRemembered(strapi);
      store.invalidate(message.tags === ALL ? ALL : message.tags);
    } catch {
      strapi.log.warn('[article-cache] Ignored a malformed invalidation message.');
    }
  });
  subscriber.on('ready', () => {
    // ioredis subscribes again on reconnection before it says ready.
    if (everConnected) {
      store.invalidate(ALL);
      strapi.log.info('[article-cache] Redis is back: invalidations are shared again.');
    }
    everConnected = true;
    warned = false;
    store.capTtl(null);
  });
  subscriber.on('error', (error: Error) => degrade(error.message));
  subscriber.on('close', () => degrade('connection closed'));
  publisher.on('error', () => {
    // Reported through the subscriber's state; a failed publish is caught below.
  });
  subscriber.subscribe(channel).catch((error: Error) => degrade(error.message));

  return {
    publish(tags) {
      const message: Message = { from: self, tags };
      publisher.publish(channel, JSON.stringify(message)).catch((error: Error) => {
        // The other instances cannot hear this change; if their subscription is down too,
        // their one-second cap bounds what they serve.
        if (!closing) strapi.log.warn(`[article-cache] Could not tell other instances of a change: ${error.message}`);
      });
    },
    async close() {
      closing = true;
      await Promise.all(
        [publisher, subscriber].map((client) => client.quit().catch(() => client.disconnect()))
      );
    },
  };
};
