import { and, count, eq, isNull } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { admonishmentTasks, removalCases } from '../../db/schema/index.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';
import { addDays, localToday } from '../../domain/local-time.ts';
import {
  ADMONISHMENT_REASON_LABELS,
  admonishmentReason,
  unsatisfiedShareText,
} from '../../domain/sanctions/admonishment.ts';
import { removalTriggers } from '../../domain/sanctions/removal-chain.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { readFinalResults } from '../results/results-read.ts';
import { standingsOf } from './cadre-history.ts';

/** 诫勉谈话 is held within this many days of the year entering 奖惩 (a township's usual month). */
export const ADMONISHMENT_DAYS = 30;

/**
 * When a year enters 奖惩: an admonishment task for every cadre the rules name, and a removal case
 * for every cadre whose second consecutive failed year this is. Both are unique (per participant; per
 * person and pair of years), so running it again adds nothing.
 */
export async function openSanctions(tx: Tx, actor: Actor, campaign: CampaignRow): Promise<void> {
  const results = await readFinalResults(tx, campaign.id, { frozenOnly: true });
  const today = localToday(await townshipZone(tx, campaign.townshipId));
  for (const result of results)
    await openAdmonishment(tx, actor, campaign, result, addDays(today, ADMONISHMENT_DAYS));
  await openRemovalCases(tx, actor, campaign, results);
}

function reasonOf(campaign: CampaignRow, result: FinalResult) {
  const v = result.village;
  const unsatisfiedShare = v && v.valid > 0 ? v.counts.unsatisfied / v.valid : null;
  const reason = admonishmentReason({
    grade: result.grade,
    failGrade: campaign.config.failGrade,
    unsatisfiedShare,
    warningShare: campaign.config.admonishUnsatisfiedShare,
  });
  if (!reason) return null;
  const text =
    reason === 'failed'
      ? `${campaign.year}年度考评等次为“${result.grade}”`
      : `${campaign.year}年度民主测评${unsatisfiedShareText(v!.counts.unsatisfied, v!.valid)}`;
  return { reason, text };
}

async function openAdmonishment(
  tx: Tx,
  actor: Actor,
  campaign: CampaignRow,
  result: FinalResult,
  dueOn: string,
) {
  const why = reasonOf(campaign, result);
  if (!why) return;
  const [task] = await tx
    .insert(admonishmentTasks)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      villageId: result.villageId,
      campaignId: campaign.id,
      participantId: result.participantId,
      personId: result.personId,
      reason: why.reason,
      reasonText: why.text,
      dueOn,
    })
    .onConflictDoNothing()
    .returning();
  if (!task) return;
  await appendAudit(tx, asAuditActor(actor), {
    action: 'admonishment.open',
    entity: 'admonishment_task',
    entityId: task.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    after: { name: result.name, reason: ADMONISHMENT_REASON_LABELS[why.reason], dueOn },
  });
}

async function openRemovalCases(
  tx: Tx,
  actor: Actor,
  campaign: CampaignRow,
  results: readonly FinalResult[],
) {
  const history = await standingsOf(
    tx,
    campaign.countyId,
    results.map((r) => r.personId),
  );
  for (const result of results) {
    const triggers = removalTriggers(history.get(result.personId) ?? [], campaign.config.failGrade);
    const now = triggers.find((t) => t.years[1] === campaign.year);
    if (!now) continue;
    const [row] = await tx
      .insert(removalCases)
      .values({
        countyId: campaign.countyId,
        townshipId: campaign.townshipId,
        villageId: now.villageId,
        campaignId: campaign.id,
        personId: result.personId,
        firstYear: now.years[0],
        secondYear: now.years[1],
        measures: now.measures,
        officeEndsByLaw: now.officeEndsByLaw,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) continue;
    await appendAudit(tx, asAuditActor(actor), {
      action: 'removal_case.open',
      entity: 'removal_case',
      entityId: row.id,
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      after: {
        name: result.name,
        years: now.years,
        measures: now.measures,
        officeEndsByLaw: now.officeEndsByLaw,
      },
    });
  }
}

/** sanctions → archived waits for these: admonishments not yet held and removal cases not yet closed. */
export async function openSanctionTasks(q: Queryable, campaignId: string): Promise<number> {
  const [tasks] = await q
    .select({ n: count() })
    .from(admonishmentTasks)
    .where(and(eq(admonishmentTasks.campaignId, campaignId), isNull(admonishmentTasks.closedAt)));
  const [cases] = await q
    .select({ n: count() })
    .from(removalCases)
    .where(and(eq(removalCases.campaignId, campaignId), isNull(removalCases.closedAt)));
  return (tasks?.n ?? 0) + (cases?.n ?? 0);
}
