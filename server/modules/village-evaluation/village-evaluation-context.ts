import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import {
  campaigns,
  evaluationChairs,
  participants,
  persons,
  users,
  villages,
} from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { roleLabel } from '../../domain/participants.ts';
import { compareVillages } from '../../domain/village-order.ts';

export type CampaignRow = typeof campaigns.$inferSelect;
export type ChairRow = typeof evaluationChairs.$inferSelect;

const villageColumns = { county: villages.countyId, township: villages.townshipId, village: villages.id };

/** The campaign inside the caller's scope, or 404. */
export const campaignInScope = (db: Queryable, actor: Actor, campaignId: string) =>
  findInScope(db, campaigns, actor.scope, campaignId, '考评年度');

/** A village of the campaign's township inside the caller's scope, or 404. */
export async function villageOfCampaign(
  db: Queryable,
  actor: Actor,
  campaign: CampaignRow,
  villageId: string,
) {
  const village = await findInScope(db, villages, actor.scope, villageId, '村', { columns: villageColumns });
  if (village.townshipId !== campaign.townshipId) throw notFound('村');
  return village;
}

/** The campaign township's villages the caller sees, in the township's order. */
export async function villagesOfCampaign(db: Queryable, actor: Actor, campaign: CampaignRow) {
  const rows = await db
    .select({ id: villages.id, name: villages.name, code: villages.code })
    .from(villages)
    .where(and(eq(villages.townshipId, campaign.townshipId), scopeWhere(actor.scope, villageColumns)))
    .orderBy(asc(villages.name));
  return rows.sort(compareVillages);
}

/** The campaign's active participants (not excluded) of these villages, secretary first. */
export async function activeParticipants(db: Queryable, campaignId: string, villageIds: string[]) {
  if (villageIds.length === 0) return [];
  const rows = await db
    .select({
      participantId: participants.id,
      personId: participants.personId,
      villageId: participants.villageId,
      name: persons.name,
      isSecretary: participants.isSecretary,
      isDirector: participants.isDirector,
    })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(
      and(
        eq(participants.campaignId, campaignId),
        eq(participants.excluded, false),
        inArray(participants.villageId, villageIds),
      ),
    )
    .orderBy(asc(persons.name));
  return rows
    .map((r) => ({ ...r, post: roleLabel(r.isSecretary, r.isDirector) }))
    .sort((a, b) => Number(b.isSecretary) - Number(a.isSecretary));
}

/** Persons of these villages with an enabled 村民监督员 account: who may be recorded as chair. */
export async function supervisorAccounts(db: Queryable, villageIds: string[]) {
  if (villageIds.length === 0) return [];
  return db
    .select({
      personId: persons.id,
      name: persons.name,
      villageId: persons.villageId,
      userId: users.id,
      account: users.username,
    })
    .from(users)
    .innerJoin(persons, eq(persons.id, users.personId))
    .where(
      and(eq(users.role, 'supervisor'), eq(users.disabled, false), inArray(persons.villageId, villageIds)),
    )
    .orderBy(asc(persons.name));
}

/** The recorded chairs of the campaign, by village. */
export async function chairsOf(db: Queryable, campaignId: string): Promise<Map<string, ChairRow>> {
  const rows = await db.select().from(evaluationChairs).where(eq(evaluationChairs.campaignId, campaignId));
  return new Map(rows.map((r) => [r.villageId, r]));
}
