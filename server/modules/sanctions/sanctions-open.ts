import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import {
  admonishmentTasks,
  campaigns,
  meetings,
  participants,
  persons,
  polls,
  removalCases,
} from '../../db/schema/index.ts';
import { addDays, localDate, localToday } from '../../domain/local-time.ts';
import {
  ADMONISHMENT_REASON_LABELS,
  admonishmentReason,
  unsatisfiedShareText,
} from '../../domain/sanctions/admonishment.ts';
import {
  certainStanding,
  type RemovalTrigger,
  removalTriggers,
} from '../../domain/sanctions/removal-chain.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { readFinalResults } from '../results/results-read.ts';
import { readVillageEvaluations } from '../village-evaluation/village-evaluation-results.ts';
import { standingsOf } from './cadre-history.ts';

/**
 * 诫勉谈话 is held within this many days (a township's usual month) of the year entering 奖惩, or of
 * the 民主测评 meeting whose certified result already warrants it.
 */
export const ADMONISHMENT_DAYS = 30;

/**
 * When a year enters 奖惩: an admonishment task for every cadre the rules name, and a removal case
 * for every cadre whose second consecutive failed year this is (or, for the following year, becomes
 * certain now). Both are unique (per participant; per
 * person and pair of years), so running it again adds nothing.
 */
export async function openSanctions(tx: Tx, actor: Actor, campaign: CampaignRow): Promise<void> {
  const results = await readFinalResults(tx, campaign.id, { frozenOnly: true });
  const today = localToday(await townshipZone(tx, campaign.townshipId));
  for (const result of results) {
    const why = reasonOf(campaign, result.grade, result.village);
    if (why) await openTask(tx, actor, campaign, result, why, addDays(today, ADMONISHMENT_DAYS));
  }
  await openRemovalCases(tx, actor, campaign);
  await openFollowingYearCases(tx, actor, campaign);
}

type VillageVotes = { counts: { unsatisfied: number }; valid: number } | null | undefined;

function reasonOf(campaign: CampaignRow, grade: string | null, v: VillageVotes) {
  const unsatisfiedShare = v && v.valid > 0 ? v.counts.unsatisfied / v.valid : null;
  const reason = admonishmentReason({
    grade,
    failGrade: campaign.config.failGrade,
    unsatisfiedShare,
    warningShare: campaign.config.admonishUnsatisfiedShare,
  });
  if (!reason) return null;
  const text =
    reason === 'failed'
      ? `${campaign.year}年度考评等次为“${grade}”`
      : `${campaign.year}年度民主测评${unsatisfiedShareText(v!.counts.unsatisfied, v!.valid)}`;
  return { reason, text };
}

type Who = { villageId: string; participantId: string; personId: string; name: string };

async function openTask(
  tx: Tx,
  actor: Actor,
  campaign: CampaignRow,
  who: Who,
  why: NonNullable<ReturnType<typeof reasonOf>>,
  dueOn: string,
) {
  const [task] = await tx
    .insert(admonishmentTasks)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      villageId: who.villageId,
      campaignId: campaign.id,
      participantId: who.participantId,
      personId: who.personId,
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
    after: { name: who.name, reason: ADMONISHMENT_REASON_LABELS[why.reason], dueOn },
  });
}

/**
 * Opens the removal case of every cadre of the campaign whose second consecutive 不合格 is certain
 * (removal-chain.ts certainStanding: the year's results confirmed, or its certified 民主测评
 * unqualified while the year before was 不合格). Run when a year enters 奖惩, when a 民主测评 is
 * certified, and for the following year when a year enters 奖惩 (its confirmation may be the
 * missing half). One case per person and pair of years: running it again finds the existing one.
 */
export async function openRemovalCases(tx: Tx, actor: Actor, campaign: CampaignRow): Promise<void> {
  const people = await tx
    .select({ participant: participants, name: persons.name })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(eq(participants.campaignId, campaign.id));
  if (people.length === 0) return;
  const history = await standingsOf(
    tx,
    campaign.countyId,
    people.map((p) => p.participant.personId),
  );
  const evaluations = await readVillageEvaluations(tx, campaign.id);
  for (const { participant: p, name } of people) {
    const own = history.get(p.personId) ?? [];
    const thisYear = certainStanding({
      year: campaign.year,
      confirmed: own.find((s) => s.year === campaign.year),
      excluded: p.excluded,
      unqualifiedByVillage: evaluations.get(p.id)?.unqualified ?? false,
      isSecretary: p.isSecretary,
      isDirector: p.isDirector,
      villageId: p.villageId,
      failGrade: campaign.config.failGrade,
    });
    if (!thisYear) continue;
    const earlier = own.filter((s) => s.year < campaign.year);
    const now = removalTriggers([...earlier, thisYear], campaign.config.failGrade).find(
      (t) => t.years[1] === campaign.year,
    );
    if (now) await openCase(tx, actor, campaign, p.personId, name, now);
  }
}

async function openCase(
  tx: Tx,
  actor: Actor,
  campaign: CampaignRow,
  personId: string,
  name: string,
  now: RemovalTrigger,
) {
  const [row] = await tx
    .insert(removalCases)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      villageId: now.villageId,
      campaignId: campaign.id,
      personId,
      firstYear: now.years[0],
      secondYear: now.years[1],
      measures: now.measures,
      officeEndsByLaw: now.officeEndsByLaw,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return;
  await appendAudit(tx, asAuditActor(actor), {
    action: 'removal_case.open',
    entity: 'removal_case',
    entityId: row.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    after: { name, years: now.years, measures: now.measures, officeEndsByLaw: now.officeEndsByLaw },
  });
}

/** When a year enters 奖惩, the township's following year (if already evaluating) may now be certain. */
async function openFollowingYearCases(tx: Tx, actor: Actor, campaign: CampaignRow) {
  const [next] = await tx
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, campaign.townshipId), eq(campaigns.year, campaign.year + 1)));
  if (next && next.phase !== 'archived') await openRemovalCases(tx, actor, next);
}

/**
 * After a 民主测评 poll is certified, what it already settles opens at once (rule chosen here, beside
 * the removal rule): the admonishment of a cadre it fails (the final grade can only be 不合格, DESIGN
 * §2.4) or warns (early warning on), due ADMONISHMENT_DAYS after the meeting the villagers voted at;
 * and the removal case of a cadre who failed the year before. Entering 奖惩 later finds both (one task
 * per participant, one case per person and pair of years).
 */
export async function openAfterEvaluation(tx: Tx, actor: Actor, campaignId: string | null) {
  if (!campaignId) return;
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign || campaign.phase === 'archived') return;
  const evaluations = await readVillageEvaluations(tx, campaign.id);
  if (evaluations.size === 0) return;
  const zone = await townshipZone(tx, campaign.townshipId);
  const meetingDays = new Map(
    (
      await tx
        .select({ pollId: polls.id, startsAt: meetings.startsAt })
        .from(polls)
        .innerJoin(meetings, eq(meetings.id, polls.meetingId))
        .where(inArray(polls.id, [...new Set([...evaluations.values()].map((e) => e.pollId))]))
    ).map((r) => [r.pollId, localDate(r.startsAt, zone)]),
  );
  const people = await tx
    .select({ participant: participants, name: persons.name })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(and(eq(participants.campaignId, campaign.id), eq(participants.excluded, false)));
  for (const { participant: p, name } of people) {
    const v = evaluations.get(p.id);
    if (!v) continue;
    const why = reasonOf(campaign, v.unqualified ? campaign.config.failGrade : null, v);
    if (why)
      await openTask(
        tx,
        actor,
        campaign,
        { ...p, participantId: p.id, name },
        why,
        addDays(meetingDays.get(v.pollId)!, ADMONISHMENT_DAYS),
      );
  }
  await openRemovalCases(tx, actor, campaign);
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
