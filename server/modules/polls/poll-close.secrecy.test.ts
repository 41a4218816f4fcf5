/**
 * Secrecy at rest, tested the way an attacker with a database dump would try it (DESIGN §2.3):
 * cast N ballots in a known order, close, then read ballots, ballot_codes and audit_log as a dump
 * has them (physical order, ctid) with their transaction ids (xmin), and try to pair each ballot
 * with its code or its place in the cast order. Before the close the same techniques do pair them
 * (so the test can fail); after it, nothing pairs better than chance. Runs on PGlite and, with
 * DATABASE_URL, on a PostgreSQL server.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeCode } from '../../domain/voting/ballot-code.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { codeHmac } from '../ballots/ballot-key.ts';
import { AGREE_OPTIONS, choose, openPollWithCodes, type PollFixture } from './voting-fixture.ts';

const N = 200;
/** |ρ| of two independent random orders of N exceeds this with probability about 3·10⁻⁵. */
const CHANCE = 0.3;

let t: TestContext;
let f: PollFixture;
/** Tracker and code hmac of the i-th ballot cast. */
const cast: { tracker: string; hmac: string }[] = [];

beforeAll(async () => {
  t = await createTestContext();
  f = await openPollWithCodes(t, {
    kind: 'villager_assembly',
    attendance: N + 10,
    codes: N,
    purpose: 'general',
    questions: [{ label: '村内道路硬化方案', options: AGREE_OPTIONS }],
  });
  for (const [i, code] of f.codes.entries()) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/ballots',
      payload: { code, choices: choose(f, AGREE_OPTIONS[i % 3]!.label) },
    });
    if (res.statusCode !== 201) throw new Error(`cast ${i}: ${res.statusCode} ${res.body}`);
    cast.push({ tracker: res.json().tracker, hmac: codeHmac(normalizeCode(code)!) });
  }
}, 120_000);
afterAll(() => t.close());

type Row = { key: string; ctid: string; xmin: string };

/** The poll's rows as a dump lists them (heap order), with their physical place and transaction id. */
async function dumpOrder(table: 'ballots' | 'ballot_codes'): Promise<Row[]> {
  const key = table === 'ballots' ? sql`tracker` : sql`code_hmac`;
  const result = (await t.database.db.execute(sql`
    select ${key} as key, ctid::text as ctid, xmin::text as xmin
    from ${sql.raw(table)} where poll_id = ${f.pollId}`)) as unknown as { rows: Row[] };
  const place = (ctid: string) => ctid.slice(1, -1).split(',').map(Number) as [number, number];
  return result.rows.sort((a, b) => {
    const [pa, ia] = place(a.ctid);
    const [pb, ib] = place(b.ctid);
    return pa - pb || ia - ib;
  });
}

/** Spearman's rank correlation of two permutations of 0…n-1. */
function spearman(a: number[], b: number[]): number {
  const n = a.length;
  const d2 = a.reduce((sum, x, i) => sum + (x - b[i]!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** For each cast (in cast order), its position in the dump. */
function positions(rows: Row[], keyOf: (c: { tracker: string; hmac: string }) => string): number[] {
  const at = new Map(rows.map((r, i) => [r.key, i]));
  return cast.map((c) => at.get(keyOf(c))!);
}

/** Positions of the used codes among used codes only (unused ones carry no ballot). */
function usedCodes(rows: Row[]): Row[] {
  const used = new Set(cast.map((c) => c.hmac));
  return rows.filter((r) => used.has(r.key));
}

const castOrder = Array.from({ length: N }, (_, i) => i);

describe('secrecy at rest: a dump after the close pairs no ballot with its code or cast', () => {
  it('while open, the techniques work: heap order follows cast order and xmin pairs ballot and code', async () => {
    const ballots = await dumpOrder('ballots');
    const codes = usedCodes(await dumpOrder('ballot_codes'));
    expect(ballots).toHaveLength(N);
    expect(
      spearman(
        castOrder,
        positions(ballots, (c) => c.tracker),
      ),
    ).toBeGreaterThan(0.9);
    const codeXmin = new Map(codes.map((r) => [r.xmin, r.key]));
    const pairedByXmin = cast.filter((c) => {
      const ballot = ballots.find((b) => b.key === c.tracker)!;
      return codeXmin.get(ballot.xmin) === c.hmac;
    });
    expect(pairedByXmin.length).toBe(N);
  });

  it('after the close, physical order carries no cast order and no pairing', async () => {
    const closed = await f.clerk.post(`/api/polls/${f.pollId}/close`);
    expect(closed.statusCode).toBe(200);
    const ballots = await dumpOrder('ballots');
    const codes = usedCodes(await dumpOrder('ballot_codes'));
    expect(ballots).toHaveLength(N);
    expect(codes).toHaveLength(N);
    const ballotAt = positions(ballots, (c) => c.tracker);
    const codeAt = positions(codes, (c) => c.hmac);
    expect(Math.abs(spearman(castOrder, ballotAt))).toBeLessThan(CHANCE);
    expect(Math.abs(spearman(castOrder, codeAt))).toBeLessThan(CHANCE);
    // Ballot k-th in the dump against code k-th among used codes: as good as a random guess.
    expect(Math.abs(spearman(ballotAt, codeAt))).toBeLessThan(CHANCE);
    const samePlace = cast.filter((_, i) => ballotAt[i] === codeAt[i]).length;
    expect(samePlace).toBeLessThanOrEqual(6);
  });

  it('after the close, every ballot and code row of the poll has one and the same xmin', async () => {
    const ballots = await dumpOrder('ballots');
    const codes = await dumpOrder('ballot_codes');
    expect(new Set(ballots.map((r) => r.xmin)).size).toBe(1);
    expect(new Set(codes.map((r) => r.xmin)).size).toBe(1);
    expect(codes[0]!.xmin).toBe(ballots[0]!.xmin);
  });

  it('the audit log holds one entry for all the casts, with no tracker and no time of a cast', async () => {
    const entries = (
      (await t.database.db.execute(sql`
        select action, after, at from audit_log where entity_id = ${f.pollId} order by seq`)) as unknown as {
        rows: { action: string; after: unknown; at: unknown }[];
      }
    ).rows;
    const casts = entries.filter((e) => e.action === 'ballot.cast');
    expect(casts).toEqual([expect.objectContaining({ after: { ballots: N } })]);
    // Every entry of the poll was written by a use case of staff (create, codes, open, close).
    expect(entries.length).toBeLessThan(8);
    const everything = JSON.stringify(entries);
    for (const c of cast) {
      expect(everything).not.toContain(c.tracker);
      expect(everything).not.toContain(c.hmac);
    }
  });

  it('still counts every ballot after the rewrite', async () => {
    const results = (await f.clerk.get(`/api/polls/${f.pollId}/results`)).json();
    expect(results.ballotsCast).toBe(N);
    expect(results.questions[0].options.map((o: { votes: number }) => o.votes)).toEqual([67, 67, 66]);
  });
});
