import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rateLimitHits } from '../db/schema/index.ts';

/** How often a process adds its new hits to the shared counts (and learns the others'). */
const FLUSH_MS = 200;
/** Ended windows stay this long before any process deletes them. */
const KEEP_ENDED_MS = 60_000;
const CLEANUP_EVERY_MS = 60_000;

type Counter = {
  key: string;
  start: number;
  end: number;
  /** The shared count (every process) as of the last flush of this key. */
  shared: number;
  /** Hits of this process being added by the flush in progress. */
  sending: number;
  /** Hits of this process not yet sent. */
  pending: number;
  syncedAt: number;
};

type Hit = { current: number; ttl: number };

/**
 * Request counts per key and fixed time window, shared by every server process through one table
 * (atomic upsert `hits = hits + n` per key and window). A request costs no query when its key is far
 * below its limit and was synced recently: hits are sent in one statement every FLUSH_MS. A key's
 * first request, a key not synced for 2 × FLUSH_MS and every request past half the limit wait for a
 * flush and so read the shared count, which then lacks at most the other processes' last FLUSH_MS of
 * hits. Windows are cut by the process clock: keep the servers' clocks in time (NTP).
 */
export class SharedRateCounts {
  private counters = new Map<string, Counter>();
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  /** 0: the first flush already deletes what ended while no process ran. */
  private lastCleanup = 0;
  private timer: NodeJS.Timeout;
  private warned = 0;

  constructor(
    private db: Db,
    private log: (message: string) => void = console.warn,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async hit(key: string, timeWindow: number, max: number): Promise<Hit> {
    const now = Date.now();
    const counter = this.counter(key, timeWindow, now);
    counter.pending += 1;
    const estimate = () => counter.shared + counter.sending + counter.pending;
    if (now - counter.syncedAt > 2 * FLUSH_MS || estimate() * 2 > max) await this.flush();
    return { current: estimate(), ttl: Math.max(0, counter.end - now) };
  }

  /** The count as this process knows it, without counting a hit. */
  peek(key: string, timeWindow: number): Hit {
    const now = Date.now();
    const start = Math.floor(now / timeWindow) * timeWindow;
    const counter = this.counters.get(`${key}\u0000${start}`);
    if (!counter) return { current: 0, ttl: 0 };
    return { current: counter.shared + counter.sending + counter.pending, ttl: counter.end - now };
  }

  /** One flush at a time; callers arriving during one share the next. Never rejects. */
  flush(): Promise<void> {
    if (!this.inFlight) {
      this.inFlight = this.send().finally(() => {
        this.inFlight = null;
      });
      return this.inFlight;
    }
    this.next ??= this.inFlight.then(() => {
      this.next = null;
      return this.flush();
    });
    return this.next;
  }

  /** Sends what is pending and stops the timer (the app is closing). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private counter(key: string, timeWindow: number, now: number): Counter {
    const start = Math.floor(now / timeWindow) * timeWindow;
    const id = `${key}\u0000${start}`;
    let counter = this.counters.get(id);
    if (!counter) {
      counter = { key, start, end: start + timeWindow, shared: 0, sending: 0, pending: 0, syncedAt: 0 };
      this.counters.set(id, counter);
    }
    return counter;
  }

  private async send(): Promise<void> {
    const now = Date.now();
    const batch = [...this.counters.values()].filter((c) => c.pending > 0);
    for (const [id, c] of this.counters) if (c.end < now && c.pending === 0) this.counters.delete(id);
    for (const c of batch) {
      c.sending = c.pending;
      c.pending = 0;
    }
    try {
      if (batch.length > 0) {
        const rows = await this.upsert(batch);
        const byId = new Map(rows.map((r) => [`${r.key}\u0000${Number(r.window_start)}`, r.hits]));
        for (const c of batch) {
          c.shared = byId.get(`${c.key}\u0000${c.start}`) ?? c.shared + c.sending;
          c.syncedAt = now;
        }
      }
      if (now - this.lastCleanup > CLEANUP_EVERY_MS) {
        this.lastCleanup = now;
        await this.db.delete(rateLimitHits).where(lt(rateLimitHits.windowEnd, now - KEEP_ENDED_MS));
      }
    } catch (error) {
      // Fail open: without the database the request would fail anyway; keep counting locally.
      for (const c of batch) c.pending += c.sending;
      if (now - this.warned > 10_000) {
        this.warned = now;
        this.log(`rate limit: cannot share counts: ${(error as Error).message}`);
      }
    } finally {
      for (const c of batch) c.sending = 0;
    }
  }

  private async upsert(batch: Counter[]) {
    const values = sql.join(
      batch.map((c) => sql`(${c.key}, ${c.start}, ${c.end}, ${c.sending})`),
      sql`, `,
    );
    const result = (await this.db.execute(sql`
      insert into ${rateLimitHits} (key, window_start, window_end, hits) values ${values}
      on conflict (key, window_start) do update set hits = ${rateLimitHits}.hits + excluded.hits
      returning key, window_start, hits`)) as unknown as {
      rows: { key: string; window_start: string | number; hits: number }[];
    };
    return result.rows;
  }
}

/** The @fastify/rate-limit store on shared counts; a route with its own limit counts under its own prefix. */
export function sharedRateLimitStore(counts: SharedRateCounts): FastifyRateLimitStoreCtor {
  class SharedStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private prefix = '*:',
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: Hit) => void,
      timeWindow: number,
      max: number,
    ) {
      counts.hit(this.prefix + key, timeWindow, max).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: (error: Error | null, result?: Hit) => void, timeWindow: number) {
      callback(null, counts.peek(this.prefix + key, timeWindow));
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]) {
      // The plugin passes the route's merged limit options, the route under routeInfo.
      const route = (routeOptions as unknown as { routeInfo?: { method?: unknown; url?: string } }).routeInfo;
      return new SharedStore(null, `${String(route?.method ?? '')} ${route?.url ?? ''}:`);
    }
  }
  return SharedStore;
}
