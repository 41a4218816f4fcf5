import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { type Actor, asAuditActor, type Scope } from '../../core/actor.ts';
import { wrongPhase } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { participants, persons, positions, villages } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import {
  type DatedPosition,
  type DerivedParticipant,
  deriveParticipants,
  heldDuringYear,
  planParticipantSync,
  roleLabel,
} from '../../domain/participants.ts';
import { sortByVillage } from '../../domain/village-order.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { assertNotArchived, findCampaign } from './campaign-access.ts';
import type { CampaignRow } from './campaign-hooks.ts';

export type ParticipantRow = typeof participants.$inferSelect;

/** Posts in the campaign's township held on some day of its year. */
export async function positionsOfYear(db: Queryable, campaign: CampaignRow): Promise<DatedPosition[]> {
  const rows = await db
    .select({
      personId: positions.personId,
      villageId: positions.villageId,
      post: positions.post,
      startDate: positions.startDate,
      endDate: positions.endDate,
    })
    .from(positions)
    .where(
      and(
        eq(positions.countyId, campaign.countyId),
        eq(positions.townshipId, campaign.townshipId),
        lte(positions.startDate, `${campaign.year}-12-31`),
        or(isNull(positions.endDate), gte(positions.endDate, `${campaign.year}-01-01`)),
      ),
    );
  return rows.filter((p) => heldDuringYear(p, campaign.year));
}

/** Derives the participants of a new campaign from the positions and stores them. */
/** A participant's row of the year, from who the roster says held a post in it. */
function participantRow(campaign: CampaignRow, d: DerivedParticipant) {
  return {
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    villageId: d.villageId,
    campaignId: campaign.id,
    personId: d.personId,
    isSecretary: d.isSecretary,
    isDirector: d.isDirector,
  };
}

export async function insertDerivedParticipants(tx: Tx, campaign: CampaignRow): Promise<number> {
  const derived = deriveParticipants(await positionsOfYear(tx, campaign), campaign.year);
  if (derived.length === 0) return 0;
  await tx.insert(participants).values(derived.map((d) => participantRow(campaign, d)));
  return derived.length;
}

/** Participants the caller may see (a village role: their own village only), with names and posts. */
export async function listParticipants(db: Queryable, scope: Scope, campaignId: string) {
  const campaign = await findCampaign(db, scope, campaignId);
  const rows = await db
    .select({ p: participants, name: persons.name, villageName: villages.name, villageCode: villages.code })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .where(and(eq(participants.campaignId, campaign.id), scopeWhere(scope, tenantCols(participants))));
  const held = await positionsOfPersons(
    db,
    rows.map((r) => r.p.personId),
    campaign.year,
  );
  const inOrder = sortByVillage(
    rows,
    (r) => ({ code: r.villageCode, name: r.villageName }),
    (a, b) => Number(b.p.isSecretary) - Number(a.p.isSecretary) || a.name.localeCompare(b.name, 'zh-CN'),
  );
  return inOrder.map((r) => present(r.p, r.name, r.villageName, held.get(r.p.personId) ?? []));
}

async function positionsOfPersons(db: Queryable, personIds: string[], year: number) {
  const byPerson = new Map<string, DatedPosition[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await db.select().from(positions).where(inArray(positions.personId, personIds));
  const held = deriveParticipants(rows, year);
  for (const d of held) byPerson.set(d.personId, d.positions);
  return byPerson;
}

function present(p: ParticipantRow, name: string, villageName: string, held: DatedPosition[]) {
  return {
    id: p.id,
    personId: p.personId,
    name,
    villageId: p.villageId,
    villageName,
    isSecretary: p.isSecretary,
    isDirector: p.isDirector,
    roleLabel: roleLabel(p.isSecretary, p.isDirector),
    excluded: p.excluded,
    excludedReason: p.excludedReason,
    excludedOn: p.excludedOn,
    positions: held.map(({ post, startDate, endDate }) => ({ post, startDate, endDate })),
  };
}

export async function participantView(db: Queryable, row: ParticipantRow, year: number) {
  const [names] = await db
    .select({ name: persons.name, villageName: villages.name })
    .from(persons)
    .innerJoin(villages, eq(villages.id, row.villageId))
    .where(eq(persons.id, row.personId));
  const held = await positionsOfPersons(db, [row.personId], year);
  return present(row, names?.name ?? '', names?.villageName ?? '', held.get(row.personId) ?? []);
}

export const SYNC_PHASES = new Set(['setup', 'pledging']);

/** Re-derives the participants from the positions, keeping ids and exclusions of those still in. */
export async function syncParticipants(tx: Tx, actor: Actor, campaignId: string) {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  assertNotArchived(campaign);
  if (!SYNC_PHASES.has(campaign.phase)) {
    throw wrongPhase('只有在“筹备”或“承诺”阶段才能同步参与人员');
  }
  const stored = await tx.select().from(participants).where(eq(participants.campaignId, campaign.id));
  const derived = deriveParticipants(await positionsOfYear(tx, campaign), campaign.year);
  const plan = planParticipantSync(stored, derived);
  const result = { added: plan.add.length, updated: plan.update.length, removed: plan.remove.length };
  if (result.added + result.updated + result.removed === 0) return result;
  await applySyncPlan(tx, campaign, plan);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'campaign.participants_sync',
    entity: 'campaign',
    entityId: campaign.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    before: { removed: plan.remove, updated: plan.update.map((u) => stored.find((s) => s.id === u.id)) },
    after: { added: plan.add, updated: plan.update },
  });
  return result;
}

async function applySyncPlan(tx: Tx, campaign: CampaignRow, plan: ReturnType<typeof planParticipantSync>) {
  if (plan.remove.length > 0) {
    await tx.delete(participants).where(
      inArray(
        participants.id,
        plan.remove.map((r) => r.id),
      ),
    );
  }
  for (const { id, derived } of plan.update) {
    const { villageId, isSecretary, isDirector } = derived;
    await tx.update(participants).set({ villageId, isSecretary, isDirector }).where(eq(participants.id, id));
  }
  if (plan.add.length > 0) {
    await tx.insert(participants).values(plan.add.map((d) => participantRow(campaign, d)));
  }
}

/** Counts per campaign of the participants the caller may see. */
export async function participantCounts(db: Queryable, scope: Scope, campaignIds: string[]) {
  if (campaignIds.length === 0) return new Map<string, { participantCount: number; excludedCount: number }>();
  const rows = await db
    .select({
      campaignId: participants.campaignId,
      participantCount: sql<number>`count(*)::int`,
      excludedCount: sql<number>`(count(*) filter (where ${participants.excluded}))::int`,
    })
    .from(participants)
    .where(and(inArray(participants.campaignId, campaignIds), scopeWhere(scope, tenantCols(participants))))
    .groupBy(participants.campaignId);
  return new Map(rows.map(({ campaignId, ...c }) => [campaignId, c]));
}
