import type { ServerResponse } from 'node:http';
import type { Database } from '../../db/client.ts';
import { subscribe } from '../../db/notify.ts';
import type { ScreenView } from './jury.schema.ts';
import { JURY_LIVE_CHANNEL } from './jury-settle.ts';
import { screenState } from './screen.ts';

const HEARTBEAT_MS = 15_000;

type Stream = { raw: ServerResponse; heartbeat: NodeJS.Timeout };

/**
 * The live screens of this process. One LISTEN on the jury channel (notify.ts: every process hears
 * every commit); a notification names a meeting, whose state is then read once from the database and
 * written to each of its screens as an SSE `state` event. Reads are coalesced: while one is running,
 * further notifications of that meeting ask for one more read after it, so a burst of 30 scores
 * costs a few reads and the last state always goes out.
 */
export class JuryLiveHub {
  private streams = new Map<string, Set<Stream>>();
  private reading = new Map<string, { again: boolean }>();
  private listening: Promise<() => Promise<void>> | null = null;

  constructor(private database: Database) {}

  /** Starts a screen: the full state now, then every change. Returns the stop function. */
  async open(meetingId: string, raw: ServerResponse): Promise<() => void> {
    this.listening ??= subscribe(
      this.database,
      JURY_LIVE_CHANNEL,
      (payload) => {
        const id = (payload as { meetingId?: unknown } | null)?.meetingId;
        if (typeof id === 'string' && this.streams.has(id)) this.refresh(id);
      },
      () => {
        for (const id of this.streams.keys()) this.refresh(id);
      },
    );
    await this.listening;
    const stream: Stream = {
      raw,
      heartbeat: setInterval(() => raw.write(': 心跳\n\n'), HEARTBEAT_MS),
    };
    const set = this.streams.get(meetingId) ?? new Set();
    set.add(stream);
    this.streams.set(meetingId, set);
    const state = await screenState(this.database.db, meetingId);
    if (state) write(stream, state);
    return () => this.drop(meetingId, stream);
  }

  private drop(meetingId: string, stream: Stream) {
    clearInterval(stream.heartbeat);
    const set = this.streams.get(meetingId);
    set?.delete(stream);
    if (set && set.size === 0) this.streams.delete(meetingId);
  }

  private refresh(meetingId: string) {
    const busy = this.reading.get(meetingId);
    if (busy) {
      busy.again = true;
      return;
    }
    const mark = { again: false };
    this.reading.set(meetingId, mark);
    void (async () => {
      try {
        do {
          mark.again = false;
          const state = await screenState(this.database.db, meetingId);
          if (state) for (const s of this.streams.get(meetingId) ?? []) write(s, state);
        } while (mark.again);
      } catch (error) {
        console.warn(`jury live: reading meeting ${meetingId} failed: ${(error as Error).message}`);
      } finally {
        this.reading.delete(meetingId);
      }
    })();
  }

  /** Ends every screen (the server is closing; EventSource reconnects to another process or later). */
  async close() {
    for (const [id, set] of this.streams) {
      for (const s of set) {
        this.drop(id, s);
        s.raw.end();
      }
    }
    const listening = this.listening;
    this.listening = null;
    if (listening) await (await listening)().catch(() => undefined);
  }
}

function write(stream: Stream, state: ScreenView) {
  stream.raw.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`);
}
