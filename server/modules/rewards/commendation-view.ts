import type { Queryable } from '../../db/client.ts';
import { commendationActions, REWARDS_NOT_YET, rewardsAvailable } from '../../domain/policies/rewards.ts';
import { honouredGrade, honoureesOf, noticeOf, noticeTextOf } from './commendation-read.ts';
import type { CommendationView } from './rewards.schema.ts';
import type { RewardsYear } from './rewards-year.ts';

/** The notice as the office edits it (or as issued: frozen text and honourees). */
export async function commendationView(q: Queryable, year: RewardsYear): Promise<CommendationView> {
  const { campaign, facts } = year;
  const available = rewardsAvailable(facts);
  const notice = await noticeOf(q, campaign.id);
  const issued = notice?.issuedAt != null;
  const honourees = issued ? (notice?.honourees ?? []) : honoureesOf(year);
  return {
    campaignId: campaign.id,
    year: campaign.year,
    townshipName: year.townshipName,
    available,
    notice: available ? null : REWARDS_NOT_YET,
    grade: honouredGrade(year),
    honourees,
    ...noticeTextOf(year, notice, honourees),
    saved: notice !== null,
    issued,
    issuedAt: notice?.issuedAt?.toISOString() ?? null,
    issuedBy: notice?.issuedBy ?? null,
    publicationId: notice?.publicationId ?? null,
    allowedActions: commendationActions({ ...facts, issued, honourees: honourees.length }),
  };
}
