import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../db/client.ts';
import { normalizeCode } from '../../domain/voting/ballot-code.ts';
import { openDemoDataDir } from '../../test/test-database.ts';
import { codeHmac, setBallotKey } from './ballot-key.ts';
import { castBallot, openCodeVote, type ServerProcess, signIn, startServer } from './server-process.ts';

/**
 * The real server process: ballots are cast over HTTP, the process is SIGKILLed mid-stream and
 * restarted on the same data directory. Then every table, the audit log and the captured server
 * log are searched for anything linking a ballot to a code.
 */
const KEY = 'process-test-ballot-key-0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'vp-ballots-'));
let server: ServerProcess | null = null;
const logs: string[] = [];
const acknowledged: string[] = [];
let codes: string[] = [];
let pollId = '';
let choices: { questionId: string; optionId: string }[] = [];
let database: Database | null = null;

afterAll(async () => {
  server?.child.kill('SIGKILL');
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function castOne(url: string, code: string) {
  const tracker = await castBallot(url, code, choices);
  if (tracker) acknowledged.push(tracker);
}

describe('the server process', () => {
  it('keeps every acknowledged ballot across a SIGKILL mid-stream', async () => {
    // The server starts on a copy of the run's demo rather than loading it (what it needs is the clerk).
    await (await openDemoDataDir(dataDir)).close();
    setBallotKey(Buffer.from(KEY, 'utf8'));
    server = await startServer(dataDir, KEY);
    const clerk = await signIn(server.url, 'clerk');
    const vote = await openCodeVote(clerk, '崩溃测试表决', 400);
    ({ pollId, codes, choices } = vote);

    // Eight parallel voters; the process is killed while they are casting.
    let next = 0;
    let inFlight = 0;
    let killed = false;
    const url = server.url;
    const voters = Array.from({ length: 8 }, async () => {
      while (!killed && next < 300) {
        inFlight++;
        await castOne(url, codes[next++]!).catch(() => undefined);
        inFlight--;
      }
    });
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 2));
    server.child.kill('SIGKILL');
    killed = true;
    const inFlightAtKill = inFlight;
    await Promise.all(voters);
    await server.exited;
    logs.push(server.output());
    const beforeRestart = [...acknowledged];
    expect(beforeRestart.length).toBeGreaterThanOrEqual(60);
    expect(inFlightAtKill).toBeGreaterThan(0);

    server = await startServer(dataDir, KEY);
    for (const code of codes.slice(350, 355)) await castOne(server.url, code);
    const clerk2 = await signIn(server.url, 'clerk');
    await clerk2('POST', `/polls/${pollId}/close`);
    const board = await (await fetch(`${server.url}/api/public/polls/${pollId}/board`)).json();
    for (const tracker of acknowledged) expect(board.trackers).toContain(tracker);
    expect(board.trackers.length).toBeGreaterThanOrEqual(acknowledged.length);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    logs.push(server.output());
    server = null;

    database = await openDatabase({ dataDir });
    const counts = (
      (await database.db.execute(sql`
        select (select count(*)::int from ballots where poll_id = ${pollId}) as ballots,
               (select count(*)::int from ballot_codes where poll_id = ${pollId} and used) as used`)) as unknown as {
        rows: { ballots: number; used: number }[];
      }
    ).rows[0]!;
    // No code is both unused and counted, and no used code lacks its ballot.
    expect(counts.used).toBe(counts.ballots);
    expect(counts.ballots).toBe(board.trackers.length);
  }, 600_000);

  it('stores and logs nothing that links a ballot to its code', async () => {
    const db = database!.db;
    const tables = (
      (await db.execute(sql`
        select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE'`)) as unknown as {
        rows: { table_name: string }[];
      }
    ).rows.map((r) => r.table_name);
    expect(tables).toContain('ballots');
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) {
      dump[table] = (
        (await db.execute(sql.raw(`select * from "${table}"`))) as unknown as { rows: unknown[] }
      ).rows;
    }
    const everything = JSON.stringify(dump);
    const columns = (
      (await db.execute(sql`
        select column_name from information_schema.columns
        where table_schema = 'public' and table_name = 'ballots' order by column_name`)) as unknown as {
        rows: { column_name: string }[];
      }
    ).rows.map((r) => r.column_name);
    expect(columns).toEqual(['choices', 'county_id', 'id', 'poll_id', 'tracker']);

    const normalized = codes.map((c) => normalizeCode(c)!);
    const hmacs = normalized.map(codeHmac);
    const serverLog = logs.join('\n');
    // Requests are logged, but not casts: a cast's log line would carry its time.
    expect(serverLog).toContain('/api/auth/login');
    expect(serverLog).not.toContain('/api/public/ballots');
    for (const [i, code] of codes.entries()) {
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(normalized[i]!);
      expect(serverLog).not.toContain(code);
      expect(serverLog).not.toContain(normalized[i]!);
      expect(serverLog).not.toContain(hmacs[i]!);
    }
    // The hmacs are in ballot_codes only: no ballot row, and no other table, holds one.
    const withoutCodes = JSON.stringify({ ...dump, ballot_codes: [] });
    for (const h of hmacs) expect(withoutCodes).not.toContain(h);
    // The audit log and the server log name no tracker and no ballot id.
    const ballots = dump.ballots as { id: string; tracker: string }[];
    const audit = JSON.stringify(dump.audit_log);
    for (const b of ballots) {
      expect(audit).not.toContain(b.tracker);
      expect(audit).not.toContain(b.id);
      expect(serverLog).not.toContain(b.tracker);
      expect(serverLog).not.toContain(b.id);
    }
    const casts = (
      dump.audit_log as { action: string; entity: string; entity_id: string; after: unknown }[]
    ).filter((e) => e.action === 'ballot.cast');
    // One entry per poll, written by its close, records how many ballots it received: none per cast
    // (the demo's own votes have theirs).
    for (const entry of casts) expect(entry.entity).toBe('poll');
    expect(new Set(casts.map((e) => e.entity_id)).size).toBe(casts.length);
    const ours = casts.filter((e) => e.entity_id === pollId);
    const ourBallots = (dump.ballots as { poll_id: string }[]).filter((b) => b.poll_id === pollId);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ after: { ballots: ourBallots.length } });
  }, 120_000);
});
