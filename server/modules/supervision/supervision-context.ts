import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { badRequest, notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { campaigns, villages } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { workedVillages } from '../../db/worked-villages.ts';
import { localToday } from '../../domain/local-time.ts';
import { recordDateProblem } from '../../domain/supervision/dates.ts';
import { compareVillages } from '../../domain/village-order.ts';
import { townshipZone } from '../pledges/township-zone.ts';

export { workedVillages };

export type CampaignRow = typeof campaigns.$inferSelect;
/** The campaign a supervision record belongs to, the township's zone and its "today". */
export type CampaignContext = { campaign: CampaignRow; zone: string; today: string };

export async function campaignContext(
  db: Queryable,
  actor: Actor,
  campaignId: string,
  now = new Date(),
): Promise<CampaignContext> {
  const campaign = await findInScope(db, campaigns, actor.scope, campaignId, '考评年度');
  return contextOf(db, campaign, now);
}

export async function contextOf(db: Queryable, campaign: CampaignRow, now = new Date()) {
  const zone = await townshipZone(db, campaign.townshipId);
  return { campaign, zone, today: localToday(zone, now) };
}

/** The campaign of a record found in scope (its campaign lies in the same township). */
export async function contextOfRecord(db: Queryable, campaignId: string, now = new Date()) {
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw notFound('考评年度');
  return contextOf(db, campaign, now);
}

/** 400 naming the field when a record's date is outside the campaign year or after today. */
export function checkRecordDate(field: string, label: string, date: string, ctx: CampaignContext) {
  const problem = recordDateProblem(date, ctx.campaign.year, ctx.today);
  if (problem) throw badRequest(field, `“${label}”${problem}`);
}

/** The campaign township's villages the caller sees (a leader: their contact villages), in order. */
export async function villagesOf(db: Queryable, actor: Actor, campaign: CampaignRow) {
  const rows = await db
    .select({ id: villages.id, name: villages.name, code: villages.code })
    .from(villages)
    .where(
      and(
        eq(villages.townshipId, campaign.townshipId),
        scopeWhere(actor.scope, {
          county: villages.countyId,
          township: villages.townshipId,
          village: villages.id,
        }),
        workedVillages(actor, villages.id),
      ),
    )
    .orderBy(asc(villages.name));
  return rows.sort(compareVillages);
}

export async function villageNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(inArray(villages.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
