import { and, eq, getTableColumns, inArray, isNull, ne, sql } from 'drizzle-orm';
import { type Actor, asAuditActor, type Scope } from '../../core/actor.ts';
import { badRequest, conflict, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { persons, positions, townships, villages } from '../../db/schema/index.ts';
import { countProblems, type Post, type VillageCounts } from '../../domain/roster.ts';
import { compareVillages } from '../../domain/village-order.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { VillageBody, VillageItem, VillagePatch } from './org.schema.ts';
import {
  byChineseName,
  positionScope,
  townshipInScope,
  townshipOf,
  townshipScope,
  villageInScope,
  villageScope,
} from './org.scope.ts';

export async function listTownships(db: Queryable, scope: Scope) {
  const rows = await db
    .select({ id: townships.id, name: townships.name, villageCount: sql<number>`count(${villages.id})::int` })
    .from(townships)
    .leftJoin(villages, and(eq(villages.townshipId, townships.id), villageScope(scope)))
    .where(townshipScope(scope))
    .groupBy(townships.id, townships.name);
  return rows.sort(byChineseName);
}

type Holder = { personId: string; name: string };

/** Current (open) holders of each post, by village id. */
async function currentHolders(db: Queryable, scope: Scope, villageIds: string[]) {
  const byVillage = new Map<string, Partial<Record<Post, Holder>>>();
  if (villageIds.length === 0) return byVillage;
  const rows = await db
    .select({
      villageId: positions.villageId,
      post: positions.post,
      personId: persons.id,
      name: persons.name,
    })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(and(positionScope(scope), isNull(positions.endDate), inArray(positions.villageId, villageIds)));
  for (const r of rows) {
    const holders = byVillage.get(r.villageId) ?? {};
    holders[r.post] = { personId: r.personId, name: r.name };
    byVillage.set(r.villageId, holders);
  }
  return byVillage;
}

export async function listVillages(
  db: Queryable,
  scope: Scope,
  filter: { townshipId?: string; ids?: string[] } = {},
): Promise<VillageItem[]> {
  if (filter.townshipId) await townshipInScope(db, scope, filter.townshipId);
  const rows = await db
    .select({ ...getTableColumns(villages), townshipName: townships.name })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(
      and(
        villageScope(scope),
        filter.townshipId ? eq(villages.townshipId, filter.townshipId) : undefined,
        filter.ids ? inArray(villages.id, filter.ids) : undefined,
      ),
    );
  const holders = await currentHolders(
    db,
    scope,
    rows.map((r) => r.id),
  );
  return rows
    .sort((a, b) => a.townshipName.localeCompare(b.townshipName, 'zh-Hans-CN') || compareVillages(a, b))
    .map((r) => {
      const { party_secretary: secretary = null, committee_director: director = null } =
        holders.get(r.id) ?? {};
      return {
        id: r.id,
        townshipId: r.townshipId,
        townshipName: r.townshipName,
        name: r.name,
        code: r.code,
        adultPopulation: r.adultPopulation,
        households: r.households,
        representatives: r.representatives,
        partyMembers: r.partyMembers,
        secretary,
        director,
        dualRole: secretary !== null && director !== null && secretary.personId === director.personId,
      };
    });
}

export async function getVillageItem(db: Queryable, scope: Scope, id: string): Promise<VillageItem> {
  const [item] = await listVillages(db, scope, { ids: [id] });
  if (!item) throw notFound('村');
  return item;
}

/** Refuses contradicting counts, naming the field the caller sent (an edit names the edited count). */
function checkCounts(counts: VillageCounts, sent: object = counts) {
  const [problem] = countProblems(counts);
  if (!problem) return;
  const field = problem.field in sent || !(problem.against in sent) ? problem.field : problem.against;
  throw badRequest(field, problem.message);
}

async function checkNameFree(tx: Tx, townshipId: string, name: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: villages.id })
    .from(villages)
    .where(
      and(
        eq(villages.townshipId, townshipId),
        eq(villages.name, name),
        exceptId ? ne(villages.id, exceptId) : undefined,
      ),
    );
  if (taken) throw conflict('DUPLICATE_NAME', `本乡镇已有名为“${name}”的村`, 'name');
}

async function checkCodeFree(tx: Tx, countyId: string, code: string | null | undefined, exceptId?: string) {
  if (!code) return;
  const [taken] = await tx
    .select({ name: villages.name })
    .from(villages)
    .where(
      and(
        eq(villages.countyId, countyId),
        eq(villages.code, code),
        exceptId ? ne(villages.id, exceptId) : undefined,
      ),
    );
  if (taken) throw conflict('DUPLICATE_CODE', `村代码 ${code} 已是“${taken.name}”的代码`, 'code');
}

export async function createVillage(tx: Tx, actor: Actor, body: VillageBody) {
  const { countyId, townshipId } = townshipOf(actor);
  checkCounts(body);
  await checkNameFree(tx, townshipId, body.name);
  await checkCodeFree(tx, countyId, body.code);
  const [row] = await tx
    .insert(villages)
    .values({ countyId, townshipId, ...body })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'village.create',
    entity: 'village',
    entityId: row!.id,
    countyId,
    townshipId,
    after: row,
  });
  return getVillageItem(tx, actor.scope, row!.id);
}

export async function updateVillage(tx: Tx, actor: Actor, id: string, patch: VillagePatch) {
  townshipOf(actor);
  const before = await villageInScope(tx, actor.scope, id, true);
  checkCounts({ ...before, ...patch }, patch);
  if (patch.name !== undefined && patch.name !== before.name) {
    await checkNameFree(tx, before.townshipId, patch.name, id);
  }
  await checkCodeFree(tx, before.countyId, patch.code, id);
  const [after] = await tx.update(villages).set(patch).where(eq(villages.id, id)).returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'village.update',
    entity: 'village',
    entityId: id,
    countyId: before.countyId,
    townshipId: before.townshipId,
    before,
    after,
  });
  return getVillageItem(tx, actor.scope, id);
}
