import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-database.ts';
import type { Database } from './client.ts';
import { publish, subscribe } from './notify.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `received` holds `n` messages (or fails after 5 s). */
async function until(received: unknown[], n: number) {
  const deadline = Date.now() + 5000;
  while (received.length < n) {
    if (Date.now() > deadline) throw new Error(`got ${received.length} of ${n} messages`);
    await pause(10);
  }
}

describe(`notifications (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('delivers a message published outside a transaction, as JSON, to every subscriber', async () => {
    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = await subscribe(database, 'poll_board', (p) => a.push(p));
    const stopB = await subscribe(database, 'poll_board', (p) => b.push(p));
    await publish(database.db, 'poll_board', { pollId: 'p1', n: 2 });
    await until(a, 1);
    await until(b, 1);
    expect(a).toEqual([{ pollId: 'p1', n: 2 }]);
    expect(b).toEqual([{ pollId: 'p1', n: 2 }]);
    await stopA();
    await stopB();
  });

  it('delivers a message published in a transaction only once it commits, in order', async () => {
    const got: unknown[] = [];
    const stop = await subscribe(database, 'tallies', (p) => got.push(p));
    await database.transaction(async (tx) => {
      await publish(tx, 'tallies', 1);
      await publish(tx, 'tallies', 2);
      await pause(150);
      expect(got).toEqual([]);
    });
    await until(got, 2);
    expect(got).toEqual([1, 2]);
    await stop();
  });

  it('never delivers a message of a transaction that rolls back', async () => {
    const got: unknown[] = [];
    const stop = await subscribe(database, 'rolled', (p) => got.push(p));
    await expect(
      database.transaction(async (tx) => {
        await publish(tx, 'rolled', 'lost');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await publish(database.db, 'rolled', 'after');
    await until(got, 1);
    await pause(100);
    expect(got).toEqual(['after']);
    await stop();
  });

  it('stops delivering after unsubscribe and keeps channels apart', async () => {
    const one: unknown[] = [];
    const two: unknown[] = [];
    const stopOne = await subscribe(database, 'one', (p) => one.push(p));
    const stopTwo = await subscribe(database, 'two', (p) => two.push(p));
    await publish(database.db, 'one', 'a');
    await until(one, 1);
    await stopOne();
    await publish(database.db, 'one', 'b');
    await publish(database.db, 'two', 'c');
    await until(two, 1);
    await pause(100);
    expect(one).toEqual(['a']);
    expect(two).toEqual(['c']);
    await stopTwo();
  });

  it('keeps delivering to the others when one subscriber throws', async () => {
    const got: unknown[] = [];
    const stopBad = await subscribe(database, 'shaky', () => {
      throw new Error('subscriber bug');
    });
    const stopGood = await subscribe(database, 'shaky', (p) => got.push(p));
    await publish(database.db, 'shaky', 'x');
    await until(got, 1);
    await stopBad();
    await stopGood();
  });

  it('refuses a bad channel name and a payload PostgreSQL would refuse', async () => {
    await expect(publish(database.db, 'Poll-Board', 1)).rejects.toThrow(/channel/);
    await expect(subscribe(database, 'x; drop table users', () => {})).rejects.toThrow(/channel/);
    await expect(publish(database.db, 'big', 'x'.repeat(8000))).rejects.toThrow(/8000|7999/);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'listens again after its connection is lost and tells subscribers they may have missed messages (PostgreSQL only: PGlite has no connection to lose)',
    async () => {
      const got: unknown[] = [];
      let missed = 0;
      const stop = await subscribe(
        database,
        'resilient',
        (p) => got.push(p),
        () => {
          missed += 1;
        },
      );
      const terminated = (await database.db.execute(sql`
        select pg_terminate_backend(pid) as ok from pg_stat_activity
        where datname = current_database() and application_name = 'vp-notify'`)) as unknown as {
        rows: { ok: boolean }[];
      };
      expect(terminated.rows).toEqual([{ ok: true }]);
      const deadline = Date.now() + 10_000;
      while (missed === 0 && Date.now() < deadline) await pause(20);
      expect(missed).toBe(1);
      await publish(database.db, 'resilient', 'back');
      await until(got, 1);
      expect(got).toEqual(['back']);
      await stop();
    },
  );
});
