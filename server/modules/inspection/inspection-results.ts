import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { campaigns } from '../../db/schema/index.ts';
import {
  type InspectionWeights,
  itemScore,
  participantScore,
  RECOGNITION_SCORES,
} from '../../domain/evaluation/inspection-score.ts';
import type { InspectionItem, InspectionResult } from '../../domain/evaluation/types.ts';
import {
  assignmentsOf,
  type InspectedPledge,
  type ItemRow,
  inspectedPledges,
  itemsOf,
} from './inspection-data.ts';

/** One pledge's item as the results read it (null parts while not inspected). */
export function scoredItem(
  pledge: { pledge: Pick<InspectedPledge['pledge'], 'id' | 'title'> },
  item: Pick<ItemRow, 'status' | 'progressPercent' | 'recognition'> | undefined,
  weights: InspectionWeights,
): InspectionItem {
  if (!item) {
    return {
      pledgeId: pledge.pledge.id,
      title: pledge.pledge.title,
      status: null,
      progressPercent: null,
      recognition: null,
      itemScore: null,
    };
  }
  return {
    pledgeId: pledge.pledge.id,
    title: pledge.pledge.title,
    status: item.status,
    progressPercent: item.progressPercent,
    recognition: RECOGNITION_SCORES[item.recognition],
    itemScore: itemScore(item, weights),
  };
}

/** What the results need of an inspected pledge (InspectedPledge has more). */
export type ResultPledge = {
  pledge: Pick<InspectedPledge['pledge'], 'id' | 'title' | 'participantId' | 'villageId'>;
  cadreName: string;
};

/** Each participant's inspection: their items (in set order) and the mean, from the given rows. */
export function resultsFrom(
  pledges: ResultPledge[],
  items: Pick<ItemRow, 'pledgeId' | 'status' | 'progressPercent' | 'recognition'>[],
  submittedVillages: Set<string>,
  weights: InspectionWeights,
): Map<string, InspectionResult & { villageId: string; name: string }> {
  const byPledge = new Map(items.map((i) => [i.pledgeId, i]));
  const results = new Map<string, InspectionResult & { villageId: string; name: string }>();
  for (const p of pledges) {
    const id = p.pledge.participantId;
    const result = results.get(id) ?? {
      score: null,
      items: [],
      complete: true,
      villageId: p.pledge.villageId,
      name: p.cadreName,
    };
    const scored = scoredItem(p, byPledge.get(p.pledge.id), weights);
    result.items.push(scored);
    if (scored.itemScore === null || !submittedVillages.has(p.pledge.villageId)) result.complete = false;
    results.set(id, result);
  }
  for (const r of results.values()) {
    r.score = participantScore(r.items.flatMap((i) => (i.itemScore === null ? [] : [i.itemScore])));
  }
  return results;
}

/**
 * The ROUND4 contract for the composite: every taking-part participant with approved pledges, keyed
 * by participant id. `score` is the mean of the items inspected so far (null before the first);
 * `complete` once every pledge has its record and the team has submitted the village.
 */
export async function readInspectionResults(
  q: Queryable,
  campaignId: string,
): Promise<Map<string, InspectionResult>> {
  const [campaign] = await q
    .select({ config: campaigns.config })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!campaign) return new Map();
  const submitted = new Set(
    (await assignmentsOf(q, campaignId)).filter((a) => a.submittedAt).map((a) => a.villageId),
  );
  const full = resultsFrom(
    await inspectedPledges(q, campaignId),
    await itemsOf(q, campaignId),
    submitted,
    campaign.config.inspectionWeights,
  );
  return new Map([...full].map(([id, { score, items, complete }]) => [id, { score, items, complete }]));
}
