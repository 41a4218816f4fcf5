import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { campaigns, participants, persons, villages } from '../../db/schema/index.ts';
import { deriveParticipants, planParticipantSync, roleLabel } from '../../domain/participants.ts';
import { PHASE_LABELS } from '../../domain/phases.ts';
import { sortByVillage } from '../../domain/village-order.ts';
import { positionsOfYear, SYNC_PHASES } from './participants.service.ts';

type Someone = { personId: string; villageId: string; isSecretary: boolean; isDirector: boolean };

/** Names, villages and roles of the persons a plan adds, changes or removes, in village order. */
async function named(db: Queryable, people: Someone[]) {
  if (people.length === 0) return [];
  const names = await db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(
      inArray(
        persons.id,
        people.map((p) => p.personId),
      ),
    );
  const places = await db
    .select({ id: villages.id, name: villages.name, code: villages.code })
    .from(villages)
    .where(
      inArray(
        villages.id,
        people.map((p) => p.villageId),
      ),
    );
  const rows = people.map((p) => {
    const village = places.find((v) => v.id === p.villageId);
    return {
      personId: p.personId,
      name: names.find((n) => n.id === p.personId)?.name ?? '',
      villageName: village?.name ?? '',
      villageCode: village?.code ?? null,
      roleLabel: roleLabel(p.isSecretary, p.isDirector),
    };
  });
  return sortByVillage(rows, (r) => ({ code: r.villageCode, name: r.villageName })).map(
    ({ villageCode: _, ...r }) => r,
  );
}

/**
 * What refreshing the participants from the posts would do now, for every campaign of the caller's
 * township whose phase allows it (筹备, 承诺): who would be added, whose role or village would change,
 * who would be removed. Nothing is written; POST /campaigns/:id/participants/sync does it.
 */
export async function participantSyncPreviews(db: Queryable, scope: Scope) {
  if (!scope.townshipId) return [];
  const open = await db
    .select()
    .from(campaigns)
    .where(
      and(
        eq(campaigns.countyId, scope.countyId),
        eq(campaigns.townshipId, scope.townshipId),
        inArray(campaigns.phase, [...SYNC_PHASES] as (typeof campaigns.$inferSelect.phase)[]),
      ),
    )
    .orderBy(campaigns.year);
  const previews = [];
  for (const campaign of open) {
    const stored = await db.select().from(participants).where(eq(participants.campaignId, campaign.id));
    const plan = planParticipantSync(
      stored,
      deriveParticipants(await positionsOfYear(db, campaign), campaign.year),
    );
    previews.push({
      campaignId: campaign.id,
      year: campaign.year,
      phaseLabel: PHASE_LABELS[campaign.phase],
      add: await named(db, plan.add),
      update: await named(
        db,
        plan.update.map((u) => u.derived),
      ),
      remove: await named(db, plan.remove),
    });
  }
  return previews;
}

const someone = z.object({
  personId: z.string(),
  name: z.string(),
  villageName: z.string(),
  roleLabel: z.string(),
});

export const syncPreview = z.object({
  campaignId: z.string(),
  year: z.number(),
  phaseLabel: z.string(),
  add: z.array(someone),
  update: z.array(someone),
  remove: z.array(someone),
});
