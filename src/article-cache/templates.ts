import type { OutgoingHttpHeaders, ServerResponse } from 'http';

/**
 * The headers Strapi's pipeline gave a page answer, per Origin (CORS answers differ by Origin),
 * learnt from a response that went through it, for the early answer to replay.
 *
 * Least recently used first out: a flood of made-up Origins pushes out older Origins, which are
 * learnt again from their next pipeline answer, and never stops the early answer (it used to keep
 * the first 200 Origins for good).
 */

// Per response, or set from the page: never replayed.
const OWN_HEADERS = new Set([
  'content-length',
  'content-type',
  'date',
  'etag',
  'cache-control',
  'surrogate-key',
  'cache-tag',
  'x-cache',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'set-cookie',
]);

export class HeaderTemplates {
  private readonly byOrigin = new Map<string, OutgoingHttpHeaders>();

  constructor(private readonly max = 200) {}

  get size(): number {
    return this.byOrigin.size;
  }

  get(origin: string): OutgoingHttpHeaders | undefined {
    const template = this.byOrigin.get(origin);
    if (template) {
      this.byOrigin.delete(origin);
      this.byOrigin.set(origin, template);
    }
    return template;
  }

  /** Learns from a finished response: only a 200 page answer (X-Cache), never one that set a cookie. */
  learn(origin: string, res: Pick<ServerResponse, 'statusCode' | 'getHeader' | 'getHeaders'>): void {
    if (res.statusCode !== 200 || !res.getHeader('x-cache') || res.getHeader('set-cookie')) return;
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (!OWN_HEADERS.has(name) && value !== undefined) headers[name] = value;
    }
    this.byOrigin.delete(origin);
    this.byOrigin.set(origin, headers);
    for (const oldest of this.byOrigin.keys()) {
      if (this.byOrigin.size <= this.max) break;
      this.byOrigin.delete(oldest);
    }
  }
}
