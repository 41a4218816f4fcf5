import { and, asc, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { campaigns, participants, persons, pledges, users, villages } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  DEMO_2026_DATES,
  DEMO_2026_OPINIONS,
  DEMO_2026_PLEDGES,
  DEMO_VILLAGE_CLERKS,
} from './demo-2026-data.ts';
import type { DemoIds, DemoStep } from './demo-county.ts';
import { DEMO_TOWNSHIP, DEMO_VILLAGES, type DemoVillage } from './demo-data.ts';
import { runPledgingYear } from './demo-pledging-year.ts';

/** The year the demo township is fulfilling (today is in December of it). */
export const DEMO_FULFILMENT_YEAR = 2026;

/** 愚公村's clerk is the README's `clerk`; the other villages' clerks are `jl` + the village code's last 4 digits. */
export const demoClerkUsername = (village: DemoVillage) =>
  village.name === '愚公村' ? 'clerk' : `jl${village.code.slice(-4)}`;

/** The leader hosts the meetings of their contact villages, the office (its 包村干部) the others'. */
const LEADER_VILLAGES = ['愚公村', '王屋村'];
const demoHostUsername = (village: DemoVillage) =>
  LEADER_VILLAGES.includes(village.name) ? 'leader' : 'office';

/**
 * The clerk accounts of the villages other than 愚公村, opened by the office in early 2026. They
 * sign in with the demo password (the hash of `clerk` is reused: no extra hashing on first start).
 */
async function openClerkAccounts(tx: Tx, ids: DemoIds) {
  const townshipId = ids.townshipIds[DEMO_TOWNSHIP]!;
  const [clerk] = await tx.select().from(users).where(eq(users.username, 'clerk'));
  for (const village of DEMO_VILLAGES) {
    const name = DEMO_VILLAGE_CLERKS[village.name];
    if (!name) continue;
    const [user] = await tx
      .insert(users)
      .values({
        countyId: ids.countyId,
        townshipId,
        villageId: ids.villageIds[village.name]!,
        username: demoClerkUsername(village),
        displayName: `${name}（${village.name}记录员）`,
        role: 'village_clerk',
        passwordHash: clerk!.passwordHash,
      })
      .returning();
    await appendAudit(tx, SYSTEM_ACTOR, {
      action: 'account.create',
      entity: 'user',
      entityId: user!.id,
      countyId: ids.countyId,
      townshipId,
      after: { username: user!.username, role: user!.role, disabled: false },
    });
  }
}

/**
 * The demo's 2026: every cadre's pledges drafted, opinions gathered, decided by 两委, confirmed by
 * the villagers, approved by the township; the year is in 践诺. Also records the campaign ids.
 */
export const seedDemoYears: DemoStep = async (tx, ids, modules) => {
  await openClerkAccounts(tx, ids);
  await runPledgingYear(tx, ids, modules, {
    year: DEMO_FULFILMENT_YEAR,
    pledges: DEMO_2026_PLEDGES,
    opinions: DEMO_2026_OPINIONS,
    dates: DEMO_2026_DATES,
    clerkOf: demoClerkUsername,
    hostOf: demoHostUsername,
  });
  const rows = await tx
    .select({ id: campaigns.id, year: campaigns.year })
    .from(campaigns)
    .where(eq(campaigns.townshipId, ids.townshipIds[DEMO_TOWNSHIP]!));
  for (const r of rows) ids.campaignIds[r.year] = r.id;
};

/** One approved pledge of the demo's fulfilment year, with whose and where it is. */
export type DemoPledgeRow = {
  pledgeId: string;
  title: string;
  category: string;
  dueDate: string;
  villageId: string;
  villageName: string;
  participantId: string;
  personId: string;
  personName: string;
};

/** Every pledge of a campaign (in demo steps: `ids.campaignIds[DEMO_FULFILMENT_YEAR]`), in village order. */
export async function demoPledges(db: Queryable, campaignId: string): Promise<DemoPledgeRow[]> {
  return db
    .select({
      pledgeId: pledges.id,
      title: pledges.title,
      category: pledges.category,
      dueDate: pledges.dueDate,
      villageId: pledges.villageId,
      villageName: villages.name,
      participantId: pledges.participantId,
      personId: participants.personId,
      personName: persons.name,
    })
    .from(pledges)
    .innerJoin(villages, eq(villages.id, pledges.villageId))
    .innerJoin(participants, eq(participants.id, pledges.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(and(eq(pledges.campaignId, campaignId), eq(pledges.status, 'confirmed')))
    .orderBy(asc(villages.code), asc(persons.name), asc(pledges.position));
}
