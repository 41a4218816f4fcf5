import { and, eq } from 'drizzle-orm';
import { campaigns, participants, pledgeSets, pledges } from '../../db/schema/index.ts';
import { defaultCampaignConfig } from '../../domain/campaign-config.ts';
import type { TestContext } from '../../test/harness.ts';
import { DEMO_TOWNSHIP } from '../demo/demo-data.ts';

/** Cadres with approved 2026 pledges in the fixture (when the demo has no 2026 year of its own). */
const FIXTURE: { village: string; person: string; titles: string[] }[] = [
  { village: '愚公村', person: '李建国', titles: ['硬化通组道路1.2公里', '新建村卫生室一处'] },
  { village: '王屋村', person: '王志强', titles: ['改造村内排水沟800米'] },
  { village: '太行村', person: '张国华', titles: ['新建文化广场一处'] },
];

/**
 * 愚公乡's 2026 campaign in 践诺 with approved pledges: the demo's own when it has one, else one
 * made here (a year the township's office approved: confirmed items of approved sets).
 */
export async function fulfilmentYear(t: TestContext): Promise<{ campaignId: string }> {
  const { db } = t.database;
  const townshipId = t.demo.townshipIds[DEMO_TOWNSHIP]!;
  const [existing] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, townshipId), eq(campaigns.year, 2026)));
  if (existing) {
    if (existing.phase !== 'fulfilment') {
      await db.update(campaigns).set({ phase: 'fulfilment' }).where(eq(campaigns.id, existing.id));
    }
    return { campaignId: existing.id };
  }
  const countyId = t.demo.countyId;
  const [campaign] = await db
    .insert(campaigns)
    .values({ countyId, townshipId, year: 2026, phase: 'fulfilment', config: defaultCampaignConfig(2026) })
    .returning();
  for (const f of FIXTURE) {
    const tenant = { countyId, townshipId, villageId: t.demo.villageIds[f.village]! };
    const [participant] = await db
      .insert(participants)
      .values({
        ...tenant,
        campaignId: campaign!.id,
        personId: t.demo.personIds[f.person]!,
        isSecretary: true,
        isDirector: true,
      })
      .returning();
    const [set] = await db
      .insert(pledgeSets)
      .values({
        ...tenant,
        campaignId: campaign!.id,
        participantId: participant!.id,
        status: 'approved',
        round: 1,
      })
      .returning();
    for (const [position, title] of f.titles.entries()) {
      await db.insert(pledges).values({
        ...tenant,
        campaignId: campaign!.id,
        setId: set!.id,
        participantId: participant!.id,
        position,
        category: '民生实事',
        title,
        content: `${title}，年内完成`,
        completionStandard: '按期完成并经群众验收',
        dueDate: '2026-11-30',
        status: 'confirmed',
      });
    }
  }
  return { campaignId: campaign!.id };
}
