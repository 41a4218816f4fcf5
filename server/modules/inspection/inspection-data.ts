import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import {
  inspectionItems,
  inspectionTeamMembers,
  inspectionTeams,
  inspectionVillages,
  participants,
  persons,
  pledgeSets,
  pledges,
  users,
  villages,
} from '../../db/schema/index.ts';
import type { InspectionVillageFacts } from '../../domain/policies/inspection.ts';
import { sortByVillage } from '../../domain/village-order.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';

export type TeamRow = typeof inspectionTeams.$inferSelect;
export type AssignmentRow = typeof inspectionVillages.$inferSelect;
export type ItemRow = typeof inspectionItems.$inferSelect;

/**
 * The pledges an inspection looks at: confirmed items of approved sets of participants taking part,
 * in village code order, secretaries first, then each set's order.
 */
export async function inspectedPledges(db: Queryable, campaignId: string, villageId?: string) {
  const rows = await db
    .select({
      pledge: pledges,
      cadreName: persons.name,
      personId: participants.personId,
      villageName: villages.name,
      villageCode: villages.code,
    })
    .from(pledges)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
    .innerJoin(participants, eq(participants.id, pledges.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, pledges.villageId))
    .where(
      and(
        eq(pledges.campaignId, campaignId),
        eq(pledgeSets.status, 'approved'),
        eq(pledges.status, 'confirmed'),
        eq(participants.excluded, false),
        villageId ? eq(pledges.villageId, villageId) : undefined,
      ),
    )
    .orderBy(desc(participants.isSecretary), asc(persons.name), asc(pledges.position));
  return sortByVillage(rows, (r) => ({ code: r.villageCode, name: r.villageName }));
}
export type InspectedPledge = Awaited<ReturnType<typeof inspectedPledges>>[number];

/** The campaign's teams with their members (leader first), each member's name, village and account. */
export async function teamsOf(db: Queryable, campaignId: string) {
  const teams = await db
    .select()
    .from(inspectionTeams)
    .where(eq(inspectionTeams.campaignId, campaignId))
    .orderBy(asc(inspectionTeams.createdAt), asc(inspectionTeams.name));
  const members = await db
    .select({ member: inspectionTeamMembers, name: persons.name, villageName: villages.name })
    .from(inspectionTeamMembers)
    .innerJoin(persons, eq(persons.id, inspectionTeamMembers.personId))
    .innerJoin(villages, eq(villages.id, persons.villageId))
    .where(eq(inspectionTeamMembers.campaignId, campaignId))
    .orderBy(desc(inspectionTeamMembers.leader), asc(inspectionTeamMembers.position));
  const personIds = members.map((m) => m.member.personId);
  const accounts = personIds.length
    ? await db
        .select({ personId: users.personId })
        .from(users)
        .where(
          and(inArray(users.personId, personIds), eq(users.role, 'inspector'), eq(users.disabled, false)),
        )
    : [];
  const withAccount = new Set(accounts.map((a) => a.personId));
  return teams.map((team) => ({
    team,
    members: members
      .filter((m) => m.member.teamId === team.id)
      .map((m) => ({
        ...m.member,
        name: m.name,
        villageName: m.villageName,
        hasAccount: withAccount.has(m.member.personId),
      })),
  }));
}
export type TeamWithMembers = Awaited<ReturnType<typeof teamsOf>>[number];

export const assignmentsOf = (db: Queryable, campaignId: string) =>
  db.select().from(inspectionVillages).where(eq(inspectionVillages.campaignId, campaignId));

export const itemsOf = (db: Queryable, campaignId: string, villageId?: string) =>
  db
    .select()
    .from(inspectionItems)
    .where(
      and(
        eq(inspectionItems.campaignId, campaignId),
        villageId ? eq(inspectionItems.villageId, villageId) : undefined,
      ),
    );

/** A village's pledges to inspect, how many have their record, and how many of those were keyed from paper. */
export type VillageCounts = { pledges: number; inspected: number; onPaper: number };

/** The counts of one village from its pledges and the records by pledge id. */
export function villageCounts(pledgeRows: InspectedPledge[], byPledge: Map<string, ItemRow>): VillageCounts {
  const records = pledgeRows.flatMap((p) => byPledge.get(p.pledge.id) ?? []);
  return {
    pledges: pledgeRows.length,
    inspected: records.length,
    onPaper: records.filter((r) => r.source === 'paper').length,
  };
}

/** What the inspection policy reads about one village. */
export function villageFacts(
  actor: Actor,
  campaign: CampaignRow,
  assignment: AssignmentRow | undefined,
  team: TeamWithMembers | undefined,
  counts: VillageCounts,
): InspectionVillageFacts {
  return {
    actor: { role: actor.role, personId: actor.personId },
    campaign: { year: campaign.year, phase: campaign.phase },
    team: team
      ? {
          memberPersonIds: team.members.map((m) => m.personId),
          leaderPersonId: team.members.find((m) => m.leader)?.personId ?? null,
        }
      : null,
    submitted: Boolean(assignment?.submittedAt),
    locked: Boolean(assignment?.lockedAt),
    ...counts,
  };
}

/** 未开始 / 进行中 / 已提交 of a village. */
export function villageStatus(assignment: AssignmentRow | undefined, inspected: number) {
  if (assignment?.submittedAt) return 'submitted' as const;
  return inspected > 0 ? ('in_progress' as const) : ('not_started' as const);
}

export const VILLAGE_STATUS_LABELS = {
  not_started: '未开始',
  in_progress: '进行中',
  submitted: '已提交',
} as const;

/** The township's villages in the one village order. */
export async function townshipVillages(db: Queryable, townshipId: string) {
  const rows = await db
    .select({ id: villages.id, name: villages.name, code: villages.code })
    .from(villages)
    .where(eq(villages.townshipId, townshipId));
  return sortByVillage(rows, (v) => v);
}
