import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, Queryable } from './client.ts';

/**
 * Change notifications for live screens, across server processes: PostgreSQL NOTIFY / LISTEN.
 * `publish` is a `pg_notify` on the caller's transaction, so (PostgreSQL's own rule) it is delivered
 * when that transaction commits and never when it rolls back. On PostgreSQL one dedicated connection
 * per process listens and reconnects when lost; on PGlite (one process by construction) the same
 * NOTIFY runs in the embedded database, whose listeners are called in this process on commit.
 */

/** A channel is a plain lower-case name (it is also a PostgreSQL identifier). */
const CHANNEL = /^[a-z][a-z0-9_]{0,62}$/;
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7999;

export type OnMessage = (payload: unknown) => void;
/** Called after the listening connection was lost and is back: messages may have been missed. */
export type OnMissed = () => void;

export type Notifications = {
  /** Resolves once this process listens on the channel; the result stops the subscription. */
  subscribe(channel: string, onMessage: OnMessage, onMissed?: OnMissed): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

function checkChannel(channel: string): void {
  if (!CHANNEL.test(channel)) throw new Error(`notify: bad channel name ${JSON.stringify(channel)}`);
}

/** Sends `payload` (JSON) to every subscriber of `channel` in every process, on commit of `q`'s transaction. */
export async function publish(q: Queryable, channel: string, payload: unknown): Promise<void> {
  checkChannel(channel);
  const text = JSON.stringify(payload ?? null);
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
    throw new Error(`notify: payload of ${channel} over ${MAX_PAYLOAD_BYTES} bytes; send ids, not records`);
  }
  await q.execute(sql`select pg_notify(${channel}, ${text})`);
}

/** Listens on `channel` in this process; see Notifications.subscribe. */
export function subscribe(database: Database, channel: string, onMessage: OnMessage, onMissed?: OnMissed) {
  return database.notifications.subscribe(channel, onMessage, onMissed);
}

type Subscriber = { onMessage: OnMessage; onMissed?: OnMissed };

/** Subscribers by channel; a throwing handler is logged and does not stop the others. */
class Subscribers {
  private byChannel = new Map<string, Set<Subscriber>>();
  constructor(private log: (message: string) => void) {}

  /** True when it is the channel's first subscriber. */
  add(channel: string, subscriber: Subscriber): boolean {
    const set = this.byChannel.get(channel) ?? new Set();
    set.add(subscriber);
    this.byChannel.set(channel, set);
    return set.size === 1;
  }

  /** True when it was the channel's last subscriber. */
  remove(channel: string, subscriber: Subscriber): boolean {
    const set = this.byChannel.get(channel);
    if (!set?.delete(subscriber)) return false;
    if (set.size > 0) return false;
    this.byChannel.delete(channel);
    return true;
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }

  dispatch(channel: string, text: string | undefined): void {
    let payload: unknown = null;
    try {
      payload = JSON.parse(text ?? 'null');
    } catch {
      payload = text ?? null;
    }
    for (const s of this.byChannel.get(channel) ?? []) this.call(() => s.onMessage(payload), channel);
  }

  missed(): void {
    for (const [channel, set] of this.byChannel) {
      for (const s of set) if (s.onMissed) this.call(s.onMissed, channel);
    }
  }

  clear(): void {
    this.byChannel.clear();
  }

  private call(fn: () => void, channel: string): void {
    try {
      fn();
    } catch (error) {
      this.log(`notify: a subscriber of ${channel} failed: ${(error as Error).message}`);
    }
  }
}

/** PGlite: its own LISTEN (in this process; delivered after the publishing transaction commits). */
export function pgliteNotifications(client: PGlite, log = console.warn): Notifications {
  const subscribers = new Subscribers(log);
  const listening = new Map<string, Promise<() => Promise<void>>>();
  return {
    async subscribe(channel, onMessage, onMissed) {
      checkChannel(channel);
      const subscriber = { onMessage, onMissed };
      if (subscribers.add(channel, subscriber)) {
        listening.set(
          channel,
          client.listen(channel, (text) => subscribers.dispatch(channel, text)),
        );
      }
      await listening.get(channel);
      return async () => {
        if (!subscribers.remove(channel, subscriber)) return;
        const unlisten = listening.get(channel);
        listening.delete(channel);
        if (!client.closed) await (await unlisten)?.();
      };
    },
    async close() {
      subscribers.clear();
      listening.clear();
    },
  };
}

const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 5000;

/**
 * PostgreSQL: one dedicated connection (opened on the first subscribe) LISTENs on every subscribed
 * channel. When it is lost (server restart, failover, a terminated backend) it reconnects with
 * backoff, listens again and tells subscribers they may have missed messages.
 */
export function postgresNotifications(url: string, log = console.warn): Notifications {
  const subscribers = new Subscribers(log);
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client | null> | null = null;
  let closed = false;

  const listen = (c: pg.Client, channel: string) => c.query(`listen ${c.escapeIdentifier(channel)}`);

  async function connectOnce(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: url, application_name: 'vp-notify' });
    c.on('notification', (m) => subscribers.dispatch(m.channel, m.payload));
    c.on('error', (error) => {
      log(`notify: listening connection lost: ${error.message}`);
      lost(c);
    });
    c.on('end', () => lost(c));
    await c.connect();
    try {
      for (const channel of subscribers.channels()) await listen(c, channel);
    } catch (error) {
      await c.end().catch(() => undefined);
      throw error;
    }
    return c;
  }

  /** Connects, retrying with backoff until it succeeds or close() is called (then null). */
  async function connect(): Promise<pg.Client | null> {
    for (let wait = RETRY_FIRST_MS; !closed; wait = Math.min(wait * 2, RETRY_MAX_MS)) {
      try {
        const c = await connectOnce();
        if (!closed) return c;
        await c.end();
      } catch (error) {
        log(`notify: cannot listen yet (${(error as Error).message}); retrying in ${wait} ms`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    return null;
  }

  function connected(): Promise<pg.Client | null> {
    if (client) return Promise.resolve(client);
    connecting ??= connect().then((c) => {
      client = c;
      connecting = null;
      return c;
    });
    return connecting;
  }

  function lost(c: pg.Client): void {
    if (c !== client) return;
    client = null;
    if (closed || subscribers.channels().length === 0) return;
    void connected().then((back) => {
      if (back) subscribers.missed();
    });
  }

  return {
    async subscribe(channel, onMessage, onMissed) {
      checkChannel(channel);
      const subscriber = { onMessage, onMissed };
      const first = subscribers.add(channel, subscriber);
      const c = await connected();
      // A connection opened before this channel was added does not listen on it yet (LISTEN twice is harmless).
      if (c && first) await listen(c, channel);
      return async () => {
        if (subscribers.remove(channel, subscriber) && client) {
          await client.query(`unlisten ${client.escapeIdentifier(channel)}`).catch(() => undefined);
        }
      };
    },
    async close() {
      closed = true;
      subscribers.clear();
      const c = client ?? (await connecting);
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
