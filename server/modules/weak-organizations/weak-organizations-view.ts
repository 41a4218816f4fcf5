import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { users, villages, weakOrganizationFollowUps, weakOrganizations } from '../../db/schema/index.ts';
import { workedVillages } from '../../db/worked-villages.ts';
import { weakCandidateActions, weakOrganizationActions } from '../../domain/policies/weak-organization.ts';
import { WEAK_REASON_LABELS, weakVillages } from '../../domain/sanctions/weak-organizations.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { currentResultSet, frozenResults } from '../results/results-read.ts';
import type { WeakOrganizationsView } from './weak-organizations.schema.ts';

/** Roles that may be named 责任领导 by their account. */
const LEADER_ROLES = ['township_leader', 'township_office'] as const;

/**
 * A year's 软弱涣散村级组织: the villages listed (with follow-ups, open first) and the villages the
 * rule names from the confirmed results that are not listed yet, as the caller may see them.
 */
export async function weakOrganizationsView(
  q: Queryable,
  actor: Actor,
  campaign: CampaignRow,
  bottom: number,
): Promise<WeakOrganizationsView> {
  const set = await currentResultSet(q, campaign.id);
  const results = set ? await frozenResults(q, set.id) : [];
  const organizations = await listed(q, actor, campaign);
  const listedVillages = new Set(organizations.map((o) => o.villageId));
  const visible = (villageId: string) =>
    actor.role !== 'township_leader' || actor.contactVillageIds.includes(villageId);
  const weak = weakVillages(results, campaign.config.failGrade, bottom);
  const candidates = [...weak]
    .filter(([villageId]) => !listedVillages.has(villageId) && visible(villageId))
    .map(([villageId, reasons]) => {
      const cadres = results.filter((r) => r.villageId === villageId);
      return {
        villageId,
        villageName: cadres[0]?.villageName ?? '',
        reason: reasons.map((r) => WEAK_REASON_LABELS[r]).join('；'),
        cadres: cadres.map((r) => ({ name: r.name, grade: r.grade, rank: r.rank })),
        allowedActions: weakCandidateActions({ role: actor.role, resultsConfirmed: true, listed: false }),
      };
    });
  return {
    campaignId: campaign.id,
    year: campaign.year,
    resultsConfirmed: set !== null,
    bottom,
    candidates,
    organizations,
    leaders: await q
      .select({ userId: users.id, name: users.displayName })
      .from(users)
      .where(
        and(
          eq(users.townshipId, campaign.townshipId),
          inArray(users.role, [...LEADER_ROLES]),
          eq(users.disabled, false),
        ),
      )
      .orderBy(asc(users.role), asc(users.displayName)),
  };
}

async function listed(q: Queryable, actor: Actor, campaign: CampaignRow) {
  const rows = await q
    .select({ org: weakOrganizations, villageName: villages.name })
    .from(weakOrganizations)
    .innerJoin(villages, eq(villages.id, weakOrganizations.villageId))
    .where(
      and(eq(weakOrganizations.campaignId, campaign.id), workedVillages(actor, weakOrganizations.villageId)),
    )
    .orderBy(asc(villages.code), asc(villages.name));
  const followUps = rows.length
    ? await q
        .select()
        .from(weakOrganizationFollowUps)
        .where(
          inArray(
            weakOrganizationFollowUps.organizationId,
            rows.map((r) => r.org.id),
          ),
        )
        .orderBy(asc(weakOrganizationFollowUps.on), asc(weakOrganizationFollowUps.createdAt))
    : [];
  const views = rows.map(({ org, villageName }) => {
    const closed = org.closedAt !== null;
    return {
      id: org.id,
      villageId: org.villageId,
      villageName,
      year: org.year,
      reason: org.reason,
      measures: org.measures,
      leaderName: org.leaderName,
      listedOn: org.listedOn,
      listedBy: org.listedBy,
      followUps: followUps
        .filter((f) => f.organizationId === org.id)
        .map((f) => ({ on: f.on, content: f.content, recordedBy: f.recordedBy })),
      closed,
      closedOn: org.closedOn,
      closingSummary: org.closingSummary,
      closedBy: org.closedBy,
      allowedActions: weakOrganizationActions({ role: actor.role, closed }),
    };
  });
  return views.sort((a, b) => Number(a.closed) - Number(b.closed));
}
