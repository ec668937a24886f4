/**
 * The public-page cache of one process: serialized pages keyed by what names them (for the
 * assembled article: slug, locale, comment page), each tagged with the documents it shows (the article, its Images, Quotes, speakers,
 * authors, tags) so that a change to any of them drops exactly the pages that show it.
 *
 * A page assembled while a change to one of its documents landed is not stored (it may have read
 * the old version): every invalidation takes a sequence number, and `set` refuses a page begun
 * before the last invalidation of any of its tags.
 */

export interface CachedPage<T = unknown> {
  /** The response body, serialized once. */
  body: Buffer;
  /** Its Content-Type. */
  contentType: string;
  /** The assembled data, for in-process readers (the reader page) that need no bytes. */
  data: T;
  /** Strong validator: a hash of the body, quoted. */
  etag: string;
  /** What the page shows, as cache tags (`article:<documentId>`, `image:<documentId>`, ...). */
  tags: string[];
  /**
   * Whether an anonymous request was allowed to read this page through the full pipeline (the
   * users-permissions check): only then may the early middleware answer anonymous requests.
   */
  public: boolean;
  expiresAt: number;
}

export interface PageStoreOptions {
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
  now?: () => number;
}

export const ALL = 'all';

export class PageStore<T = unknown> {
  private readonly entries = new Map<string, CachedPage<T>>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly lastInvalidated = new Map<string, number>();
  private readonly inflight = new Map<string, Promise<CachedPage<T> | null>>();
  // Keys that a stored page links to (its next page): oldest forgotten first, bounded like the pages.
  private readonly linked = new Map<string, true>();
  private bytes = 0;
  private seq = 0;
  // Invalidations older than this are forgotten (the map is bounded); pages begun before it are refused.
  private floor = 0;
  private ttlCapMs: number | null = null;
  private readonly now: () => number;

  constructor(private readonly options: PageStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A marker to pass to `set`: pages begun now are refused if an invalidation of theirs follows. */
  begin(): number {
    return this.seq;
  }

  get(key: string): CachedPage<T> | undefined {
    const page = this.entries.get(key);
    if (!page) return undefined;
    if (page.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    // Least recently used goes first: move this one to the end.
    this.entries.delete(key);
    this.entries.set(key, page);
    return page;
  }

  /** Stores the page unless something it shows changed since `begunAt`; says whether it did. */
  set(key: string, page: Omit<CachedPage<T>, 'expiresAt'>, begunAt: number): boolean {
    if (begunAt < this.floor || (this.lastInvalidated.get(ALL) ?? -1) > begunAt) return false;
    for (const tag of page.tags) {
      if ((this.lastInvalidated.get(tag) ?? -1) > begunAt) return false;
    }
    if (page.body.length > this.options.maxBytes) return false;
    this.remove(key);
    const ttl = this.ttlCapMs === null ? this.options.ttlMs : Math.min(this.ttlCapMs, this.options.ttlMs);
    this.entries.set(key, { ...page, expiresAt: this.now() + ttl });
    this.bytes += page.body.length;
    for (const tag of page.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    this.evict();
    return true;
  }

  /** Remembers that a stored page links to these keys: pages that may be kept although not first. */
  link(keys: readonly string[]): void {
    for (const key of keys) {
      this.linked.delete(key);
      this.linked.set(key, true);
    }
    for (const key of this.linked.keys()) {
      if (this.linked.size <= this.options.maxEntries) break;
      this.linked.delete(key);
    }
  }

  isLinked(key: string): boolean {
    return this.linked.has(key);
  }

  /** Drops every page showing one of the tags (or every page, for `all`). */
  invalidate(tags: readonly string[] | typeof ALL): void {
    this.seq += 1;
    // A request that joins an assembly begun before this change would get the old version.
    this.inflight.clear();
    if (tags === ALL) {
      this.lastInvalidated.set(ALL, this.seq);
      for (const key of [...this.entries.keys()]) this.remove(key);
      return;
    }
    if (this.lastInvalidated.size > 10000) {
      this.lastInvalidated.clear();
      this.floor = this.seq;
    }
    for (const tag of tags) {
      this.lastInvalidated.set(tag, this.seq);
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) this.remove(key);
    }
  }

  /**
   * Caps how long a page may live, e.g. to one second while invalidations from other instances
   * cannot reach this one; null lifts the cap.
   */
  capTtl(ms: number | null): void {
    this.ttlCapMs = ms;
    if (ms === null) return;
    const latest = this.now() + ms;
    for (const page of this.entries.values()) page.expiresAt = Math.min(page.expiresAt, latest);
  }

  /**
   * One assembly per key at a time: a thousand readers arriving together on a cold page share
   * one trip to the database.
   */
  singleFlight(key: string, load: () => Promise<CachedPage<T> | null>): Promise<CachedPage<T> | null> {
    const running = this.inflight.get(key);
    if (running) return running;
    const promise = load().finally(() => {
      if (this.inflight.get(key) === promise) this.inflight.delete(key);
    });
    this.inflight.set(key, promise);
    return promise;
  }

  private remove(key: string): void {
    const page = this.entries.get(key);
    if (!page) return;
    this.entries.delete(key);
    this.bytes -= page.body.length;
    for (const tag of page.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys && keys.size === 0) this.keysByTag.delete(tag);
    }
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) return;
      this.remove(key);
    }
  }
}
