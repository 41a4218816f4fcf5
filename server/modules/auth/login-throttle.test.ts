import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import {
  clearFailures,
  delaySeconds,
  FREE_FAILURES,
  MAX_DELAY_SECONDS,
  recordFailure,
  waitSeconds,
} from './login-throttle.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('delaySeconds', () => {
  it.each([
    [0, 0],
    [FREE_FAILURES - 1, 0],
    [FREE_FAILURES, 1],
    [FREE_FAILURES + 1, 2],
    [FREE_FAILURES + 4, 16],
    [FREE_FAILURES + 40, MAX_DELAY_SECONDS],
  ])('after %i failures waits %i s', (failures, seconds) => {
    expect(delaySeconds(failures)).toBe(seconds);
  });
});

describe('the table', () => {
  it('grows the wait of the guessing source, leaves other sources alone, and forgets on success', async () => {
    const db = database.db;
    let now = new Date('2027-03-01T08:00:00Z');
    const waits: number[] = [];
    for (let i = 0; i < 20; i++) {
      // Each guess comes as soon as the source may try again.
      now = new Date(now.getTime() + (await waitSeconds(db, 'owner', 'A', now)) * 1000);
      await recordFailure(db, 'owner', 'A', now);
      waits.push(await waitSeconds(db, 'owner', 'A', now));
    }
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits.at(-1)).toBe(MAX_DELAY_SECONDS);
    expect(await waitSeconds(db, 'owner', 'B', now)).toBe(0);
    await recordFailure(db, 'owner', 'B', now);
    await clearFailures(db, 'owner', 'B');
    expect(await waitSeconds(db, 'owner', 'A', now)).toBe(MAX_DELAY_SECONDS);
    await clearFailures(db, 'owner', 'A');
    expect(await waitSeconds(db, 'owner', 'A', now)).toBe(0);
    await recordFailure(db, 'owner', 'A', now);
    expect(await waitSeconds(db, 'owner', 'A', now)).toBe(0);
  });
});
