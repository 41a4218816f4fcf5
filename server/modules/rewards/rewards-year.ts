/**
 * A year as 绩效工资 and 评选表彰 read it: the campaign, its confirmed (frozen) results in rank order
 * and the facts the policies take. Nothing is available before the office has confirmed the results.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { townships } from '../../db/schema/index.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/local-time.ts';
import type { RewardYear } from '../../domain/policies/rewards.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { currentResultSet, frozenResults } from '../results/results-read.ts';

export type RewardsYear = {
  campaign: CampaignRow;
  townshipName: string;
  timeZone: string;
  /** The confirmed results the caller may see, in rank order ([] while none is confirmed). */
  results: FinalResult[];
  facts: RewardYear;
};

/** Who reads: their role (for the actions) and, for a township leader, their contact villages. */
export type Viewer = Pick<Actor, 'role' | 'contactVillageIds'>;

/** The archive's reader: the whole township, no actions. */
export const ARCHIVE_VIEWER: Viewer = { role: 'county_viewer', contactVillageIds: [] };

/** Keeps a township leader to their contact villages (联系村), as the other 奖惩 lists do. */
const visibleTo = (actor: Viewer) => (r: FinalResult) =>
  actor.role !== 'township_leader' || actor.contactVillageIds.includes(r.villageId);

export async function rewardsYear(
  q: Queryable,
  actor: Actor,
  campaignId: string,
  options: { lock?: boolean } = {},
): Promise<RewardsYear> {
  const campaign = await findCampaign(q, actor.scope, campaignId, options);
  return rewardsYearOf(q, actor, campaign);
}

export async function rewardsYearOf(
  q: Queryable,
  actor: Viewer,
  campaign: CampaignRow,
): Promise<RewardsYear> {
  const set = await currentResultSet(q, campaign.id);
  const results = set ? await frozenResults(q, set.id) : [];
  const [township] = await q
    .select({ name: townships.name, timeZone: townships.timeZone })
    .from(townships)
    .where(eq(townships.id, campaign.townshipId));
  return {
    campaign,
    townshipName: township?.name ?? '',
    timeZone: township?.timeZone ?? DEFAULT_TIME_ZONE,
    results: results.filter(visibleTo(actor)),
    facts: { role: actor.role, phase: campaign.phase, resultsConfirmed: set !== null },
  };
}
