import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import {
  auditLog,
  campaigns,
  counties,
  meetings,
  paperTallies,
  pledgeOpinions,
  pledgeRevisions,
  pledgeSets,
  pledges,
  polls,
} from '../../db/schema/index.ts';
import { localDate } from '../../domain/local-time.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { verifyAllChains } from '../audit/audit-verify.service.ts';
import { MODULES } from '../index.ts';
import type { ModuleDefinition } from '../module.ts';
import { isEmpty, loadDemo } from './demo.service.ts';
import { DEMO_2026_OPINIONS, DEMO_2026_PLEDGES } from './demo-2026-data.ts';
import { DEMO_VILLAGES } from './demo-data.ts';
import { DEMO_FULFILMENT_YEAR, demoPledges } from './demo-years.ts';

process.env.VP_FAST_HASH = '1';

describe('the demo, loaded through the module list', () => {
  let database: Database;
  let loaded: Awaited<ReturnType<typeof loadDemo>>;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('declares the county first and the campaign after it', () => {
    const steps = MODULES.filter((m) => m.demo).map((m) => m.name);
    expect(steps[0]).toBe('demo');
    expect(steps).toContain('campaigns');
  });

  it('leaves nothing behind when a later step fails: all steps are one transaction', async () => {
    const failing: ModuleDefinition = {
      name: 'failing',
      label: '出错的模块',
      demo: async () => {
        throw new Error('step failed');
      },
    };
    await expect(loadDemo(database, [...MODULES, failing])).rejects.toThrow('step failed');
    expect(await isEmpty(database)).toBe(true);
    expect((await database.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(0);
  }, 120_000);

  it('runs the steps in declared order, each seeing what the earlier ones made', async () => {
    const seen: string[] = [];
    const probe = (name: string): ModuleDefinition => ({
      name,
      label: name,
      demo: async (tx, ids) => {
        const [county] = await tx.select().from(counties).where(eq(counties.id, ids.countyId));
        const years = await tx.select({ year: campaigns.year }).from(campaigns).orderBy(campaigns.year);
        seen.push(`${name}: ${county?.name} ${years.map((y) => y.year).join(',')}`);
      },
    });
    const ids = await loadDemo(database, [probe('before'), ...MODULES, probe('after')]);
    loaded = ids;
    expect(seen).toEqual(['before: undefined ', 'after: 示范县 2025,2026,2027']);
    expect(Object.keys(ids.townshipIds)).toEqual(['愚公乡', '太行乡']);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'demo.load'));
    expect(entry?.countyId).toBe(ids.countyId);
  }, 120_000);

  it('shows 2026 past 践诺 in 评诺: each cadre’s pledges confirmed by a certified vote and approved, 2027 in 筹备', async () => {
    const db = database.db;
    const campaignId = loaded.campaignIds[DEMO_FULFILMENT_YEAR]!;
    const years = await db.select({ year: campaigns.year, phase: campaigns.phase }).from(campaigns);
    expect(years).toEqual(
      expect.arrayContaining([
        { year: 2025, phase: 'archived' },
        { year: 2026, phase: 'evaluation' },
        { year: 2027, phase: 'setup' },
      ]),
    );
    expect(loaded.campaignIds[2027]).toBeDefined();
    const sets = await db.select().from(pledgeSets).where(eq(pledgeSets.campaignId, campaignId));
    expect(sets).toHaveLength(Object.keys(DEMO_2026_PLEDGES).length);
    expect(sets.every((s) => s.status === 'approved' && s.approvedBy?.includes('韩文君'))).toBe(true);
    const items = await db.select().from(pledges).where(eq(pledges.campaignId, campaignId));
    expect(items).toHaveLength(Object.values(DEMO_2026_PLEDGES).flat().length);
    expect(items.every((p) => p.status === 'confirmed' && p.dueDate.startsWith('2026-'))).toBe(true);
    expect(await demoPledges(db, campaignId)).toHaveLength(items.length);

    // The spring's meetings (later modules' demos add meetings of their own to the year).
    const spring = (m: { startsAt: Date }) => localDate(m.startsAt, 'Asia/Shanghai') <= '2026-04-30';
    const held = (await db.select().from(meetings).where(eq(meetings.campaignId, campaignId))).filter(
      (m) => ['two_committees', 'party_and_representative_assembly'].includes(m.kind) && spring(m),
    );
    expect(held).toHaveLength(DEMO_VILLAGES.length * 2);
    const dates = held.map((m) => localDate(m.startsAt, 'Asia/Shanghai'));
    expect(dates.every((d) => d >= '2026-03-01' && d <= '2026-04-30')).toBe(true);
    const votes = await db
      .select()
      .from(polls)
      .where(
        inArray(
          polls.meetingId,
          held.map((m) => m.id),
        ),
      );
    expect(votes).toHaveLength(sets.length);
    expect(votes.every((p) => p.status === 'certified' && p.clerkCertifiedBy !== p.hostCertifiedBy)).toBe(
      true,
    );
    const sheets = await db
      .select()
      .from(paperTallies)
      .where(
        inArray(
          paperTallies.pollId,
          votes.map((p) => p.id),
        ),
      );
    expect(sheets).toHaveLength(votes.length * 2);
    for (const poll of votes) {
      const [a, b] = sheets.filter((t) => t.pollId === poll.id);
      expect(a!.counts).toEqual(b!.counts);
      expect(a!.enteredBy).not.toBe(b!.enteredBy);
    }

    const opinions = await db
      .select()
      .from(pledgeOpinions)
      .where(
        inArray(
          pledgeOpinions.setId,
          sets.map((s) => s.id),
        ),
      );
    expect(opinions).toHaveLength(DEMO_2026_OPINIONS.length);
    expect(opinions.every((o) => o.handling !== null)).toBe(true);
    expect(await db.select().from(pledgeRevisions)).toHaveLength(
      DEMO_2026_OPINIONS.filter((o) => o.revise).length,
    );
    const { chains } = await verifyAllChains(db);
    expect(chains.every((c) => c.broken === null)).toBe(true);
  }, 60_000);
});
