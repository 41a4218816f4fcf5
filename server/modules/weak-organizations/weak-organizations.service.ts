import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, refuse } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { users, villages, weakOrganizationFollowUps, weakOrganizations } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { weakListingRefusal, weakOrganizationRefusal } from '../../domain/policies/weak-organization.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { currentResultSet } from '../results/results-read.ts';
import type { CloseBody, FollowUpBody, ListBody } from './weak-organizations.schema.ts';

const LEADER_ROLES = ['township_leader', 'township_office'] as const;

/** Lists a village of the year's township for rectification, with measures and a responsible leader. */
export async function listWeakOrganization(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  body: ListBody,
): Promise<CampaignRow> {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  const village = await findInScope(tx, villages, actor.scope, body.villageId, '村', {
    columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
  });
  if (village.townshipId !== campaign.townshipId) throw badRequest('villageId', '该村不属于本乡');
  const [already] = await tx
    .select({ id: weakOrganizations.id })
    .from(weakOrganizations)
    .where(and(eq(weakOrganizations.campaignId, campaign.id), eq(weakOrganizations.villageId, village.id)));
  refuse(
    weakListingRefusal({
      role: actor.role,
      resultsConfirmed: (await currentResultSet(tx, campaign.id)) !== null,
      listed: already !== undefined,
    }),
  );
  if (body.leaderUserId) await assertLeader(tx, campaign, body.leaderUserId);
  if (body.on > localToday(await townshipZone(tx, campaign.townshipId)))
    throw badRequest('on', '日期不能晚于今天');
  const [row] = await tx
    .insert(weakOrganizations)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      villageId: village.id,
      campaignId: campaign.id,
      year: campaign.year,
      reason: body.reason,
      measures: body.measures,
      leaderUserId: body.leaderUserId ?? null,
      leaderName: body.leaderName,
      listedOn: body.on,
      listedBy: actor.displayName,
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'weak_organization.list',
    entity: 'weak_organization',
    entityId: row!.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    after: { village: village.name, year: campaign.year, reason: body.reason, leaderName: body.leaderName },
  });
  return campaign;
}

async function assertLeader(tx: Tx, campaign: CampaignRow, userId: string) {
  const [leader] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.townshipId, campaign.townshipId),
        inArray(users.role, [...LEADER_ROLES]),
      ),
    );
  if (!leader) throw badRequest('leaderUserId', '责任领导应为本乡的乡领导或考评办账号');
}

/** The open listing, locked, with the office's right to act on it checked. */
async function openOrganization(tx: Tx, actor: Actor, id: string) {
  const org = await findInScope(tx, weakOrganizations, actor.scope, id, '软弱涣散村级组织', { lock: true });
  refuse(weakOrganizationRefusal({ role: actor.role, closed: org.closedAt !== null }, 'follow_up'));
  return org;
}

/** A date of this listing's record: not before it was listed or its last follow-up, not after today. */
async function checkDate(tx: Tx, org: typeof weakOrganizations.$inferSelect, on: string) {
  const today = localToday(await townshipZone(tx, org.townshipId));
  if (on > today) throw badRequest('on', '日期不能晚于今天');
  const [last] = await tx
    .select({ on: weakOrganizationFollowUps.on })
    .from(weakOrganizationFollowUps)
    .where(eq(weakOrganizationFollowUps.organizationId, org.id))
    .orderBy(desc(weakOrganizationFollowUps.on))
    .limit(1);
  const floor = last && last.on > org.listedOn ? last.on : org.listedOn;
  if (on < floor)
    throw badRequest('on', `日期不能早于${floor === org.listedOn ? '列入日期' : '上一次跟踪'}（${floor}）`);
}

/** Records one follow-up (整改跟踪) of an open listing. */
export async function addFollowUp(tx: Tx, actor: Actor, id: string, body: FollowUpBody) {
  const org = await openOrganization(tx, actor, id);
  await checkDate(tx, org, body.on);
  await tx.insert(weakOrganizationFollowUps).values({
    countyId: org.countyId,
    townshipId: org.townshipId,
    villageId: org.villageId,
    organizationId: org.id,
    on: body.on,
    content: body.content,
    recordedBy: actor.displayName,
  });
  await appendAudit(tx, asAuditActor(actor), {
    action: 'weak_organization.follow_up',
    entity: 'weak_organization',
    entityId: org.id,
    countyId: org.countyId,
    townshipId: org.townshipId,
    after: { on: body.on },
  });
  return findCampaign(tx, actor.scope, org.campaignId);
}

/** Closes a listing (整改销号) with what the rectification achieved. */
export async function closeWeakOrganization(tx: Tx, actor: Actor, id: string, body: CloseBody) {
  const org = await openOrganization(tx, actor, id);
  await checkDate(tx, org, body.on);
  await tx
    .update(weakOrganizations)
    .set({
      closedOn: body.on,
      closingSummary: body.summary,
      closedBy: actor.displayName,
      closedAt: new Date(),
    })
    .where(eq(weakOrganizations.id, org.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'weak_organization.close',
    entity: 'weak_organization',
    entityId: org.id,
    countyId: org.countyId,
    townshipId: org.townshipId,
    after: { on: body.on },
  });
  return findCampaign(tx, actor.scope, org.campaignId);
}
