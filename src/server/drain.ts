import type { Server, ServerResponse } from 'http';
import type { Core } from '@strapi/strapi';

/**
 * Graceful shutdown. On SIGTERM (a deploy, a scale-in) Strapi destroys the app; before its HTTP
 * server drops every connection, this stops accepting new ones and lets the requests already in
 * flight finish (a reader's comment being posted is answered, not cut off), up to a grace period.
 */

const trackers = new WeakMap<Server, { inflight: Set<ServerResponse>; draining: boolean }>();

export const trackRequests = (server: Server): void => {
  if (trackers.has(server)) return;
  const tracker = { inflight: new Set<ServerResponse>(), draining: false };
  trackers.set(server, tracker);
  server.on('request', (_req, res: ServerResponse) => {
    tracker.inflight.add(res);
    res.once('close', () => tracker.inflight.delete(res));
    // A request arriving on a kept-alive connection during the drain is served, then the connection closes.
    if (tracker.draining) res.setHeader('Connection', 'close');
  });
};

export const drainRequests = async (strapi: Core.Strapi, graceMs: number): Promise<void> => {
  const server = strapi.server.httpServer;
  const tracker = trackers.get(server);
  if (!tracker || !server.listening) return;
  tracker.draining = true;
  // No new connections; idle kept-alive ones are closed (Node 19+), busy ones finish their request.
  server.close();
  const waiting = tracker.inflight.size;
  if (waiting) strapi.log.info(`[shutdown] Waiting for ${waiting} request(s) in flight (at most ${graceMs / 1000} s).`);
  const deadline = Date.now() + graceMs;
  while (tracker.inflight.size > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    server.closeIdleConnections();
  }
  if (tracker.inflight.size) strapi.log.warn(`[shutdown] ${tracker.inflight.size} request(s) still running after the grace period: closing.`);
  else if (waiting) strapi.log.info('[shutdown] Every request in flight was answered.');
};
