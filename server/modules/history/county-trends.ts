import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { campaigns, counties, pledges, resultSets, townships } from '../../db/schema/index.ts';
import { countyTrends, type TrendInput } from '../../domain/history/trends.ts';
import { readFinalResultsOf } from '../results/results-bulk.ts';
import type { TrendsView } from './history.schema.ts';
import { pledgesWithOutcome } from './pledge-outcomes.ts';

/** Years that have pledges being kept and results (confirmed, or the live preview in 评诺). */
const TREND_PHASES = ['evaluation', 'sanctions', 'archived'] as const;

/**
 * The county's trends across years and townships: per township and year the share of approved pledges
 * kept (已完成), the grade distribution and the mean composite; a year still in 评诺 shows its live
 * preview (confirmed: false), which the charts say.
 */
export async function countyTrendsView(q: Queryable, actor: Actor): Promise<TrendsView> {
  const countyId = actor.scope.countyId;
  const [county] = await q
    .select({ name: counties.name })
    .from(counties)
    .where(eq(counties.countyId, countyId));
  const years = await q
    .select({ campaign: campaigns, townshipName: townships.name })
    .from(campaigns)
    .innerJoin(townships, eq(townships.id, campaigns.townshipId))
    .where(and(eq(campaigns.countyId, countyId), inArray(campaigns.phase, [...TREND_PHASES])))
    .orderBy(asc(campaigns.year), asc(townships.name));
  const pledgeRows = years.length
    ? await pledgesWithOutcome(
        q,
        inArray(
          pledges.campaignId,
          years.map((y) => y.campaign.id),
        ),
      )
    : [];
  const ids = years.map((y) => y.campaign.id);
  const results = await readFinalResultsOf(q, ids);
  const confirmed = await confirmedCampaigns(q, ids);
  const inputs: TrendInput[] = [];
  for (const { campaign, townshipName } of years) {
    const approved = pledgeRows.filter((p) => p.campaignId === campaign.id && p.approved);
    inputs.push({
      year: campaign.year,
      townshipId: campaign.townshipId,
      townshipName,
      confirmed: confirmed.has(campaign.id),
      approvedPledges: approved.length,
      keptPledges: approved.filter((p) => p.outcome.kept).length,
      results: (results.get(campaign.id) ?? []).map((r) => ({ grade: r.grade, composite: r.composite })),
    });
  }
  const latest = years.at(-1)?.campaign.config;
  return {
    countyName: county?.name ?? '',
    gradeLabels: latest ? [...latest.grades.map((g) => g.label), latest.failGrade] : [],
    points: countyTrends(inputs, county?.name ?? '全县'),
  };
}

/** The campaigns among `ids` whose results the office has confirmed (a current frozen set). */
async function confirmedCampaigns(q: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await q
    .select({ campaignId: resultSets.campaignId })
    .from(resultSets)
    .where(and(inArray(resultSets.campaignId, ids), isNull(resultSets.supersededAt)));
  return new Set(rows.map((r) => r.campaignId));
}
