import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import { auditLog } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { appendAudit } from './audit.service.ts';

let t: TestContext;
const OTHER_COUNTY = crypto.randomUUID();
const YUGONG = '愚公乡';
const TAIHANG = '太行乡';

beforeAll(async () => {
  t = await createTestContext();
  const entries = [
    ...[YUGONG, TAIHANG, TAIHANG, YUGONG, TAIHANG].map((name) => ({
      countyId: t.demo.countyId,
      townshipId: t.demo.townshipIds[name]!,
    })),
    ...Array.from({ length: 4 }, () => ({ countyId: OTHER_COUNTY, townshipId: crypto.randomUUID() })),
  ];
  // Signing in writes an audit entry: sign everyone in first, so the counts below stay put.
  for (const username of ['office', 'office2', 'county']) await t.as(username);
  for (const entry of entries)
    await t.database.transaction((tx) =>
      appendAudit(tx, SYSTEM_ACTOR, { action: 'village.update', entity: 'village', ...entry }),
    );
});
afterAll(() => t.close());

/** The chain seqs of the demo county's entries, all or one township's. */
async function chainSeqs(township?: string): Promise<number[]> {
  const rows = await t.database.db
    .select({ chainSeq: auditLog.chainSeq })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.countyId, t.demo.countyId),
        township ? eq(auditLog.townshipId, t.demo.townshipIds[township]!) : undefined,
      ),
    )
    .orderBy(auditLog.chainSeq);
  return rows.map((r) => r.chainSeq);
}

async function verifyAs(username: string) {
  const res = await (await t.as(username)).get('/api/audit/verify');
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('GET /api/audit/verify reports the caller’s own entries of the county chain', () => {
  it.each([
    ['office', YUGONG],
    ['office2', TAIHANG],
    ['county', undefined],
  ])('%s', async (username, township) => {
    const mine = await chainSeqs(township);
    const county = await chainSeqs();
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const result = await verifyAs(username);
    expect(result).toMatchObject({
      ok: true,
      checked: mine.length,
      firstSeq: mine[0],
      lastSeq: mine.at(-1),
      brokenSeq: null,
      brokenInScope: false,
      why: null,
    });
    // The head is the county chain's own: numbered 1..n without the other county's entries.
    expect(county).toEqual(county.map((_, i) => i + 1));
    expect(result.head.seq).toBe(county.length);
  });

  it('names a break in the other township by its chain seq, as not the caller’s; the owner sees it as its own', async () => {
    const target = (await chainSeqs(TAIHANG))[1]!;
    const where = and(eq(auditLog.countyId, t.demo.countyId), eq(auditLog.chainSeq, target));
    const [original] = await t.database.db.select({ after: auditLog.after }).from(auditLog).where(where);
    await t.database.db
      .update(auditLog)
      .set({ after: { tampered: true } })
      .where(where);
    try {
      const office = await verifyAs('office');
      const before = (await chainSeqs(YUGONG)).filter((s) => s < target);
      expect(office).toMatchObject({
        ok: false,
        checked: before.length,
        brokenSeq: target,
        brokenInScope: false,
        why: '内容与哈希不符（记录被改动过）',
      });
      expect(await verifyAs('office2')).toMatchObject({ ok: false, brokenSeq: target, brokenInScope: true });
      expect(await verifyAs('county')).toMatchObject({ ok: false, brokenSeq: target, brokenInScope: true });
    } finally {
      await t.database.db.update(auditLog).set({ after: original!.after }).where(where);
    }
    expect((await verifyAs('office')).ok).toBe(true);
  });

  it('is not affected by another county’s chain', async () => {
    await t.database.db.execute(sql`update audit_log set reason = '改' where county_id = ${OTHER_COUNTY}`);
    for (const username of ['office', 'office2', 'county']) expect((await verifyAs(username)).ok).toBe(true);
  });
});

describe('GET /api/audit', () => {
  it('lists a township office its township’s entries with their county chain seq, and its time zone', async () => {
    const res = await (await t.as('office2')).get('/api/audit?limit=200');
    expect(res.statusCode).toBe(200);
    const page = res.json() as { total: number; timeZone: string; entries: { chainSeq: number }[] };
    const mine = await chainSeqs(TAIHANG);
    expect(page.timeZone).toBe('Asia/Shanghai');
    expect(page.total).toBe(mine.length);
    expect(page.entries.map((e) => e.chainSeq)).toEqual([...mine].reverse());
  });
});
