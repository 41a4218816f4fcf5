import { and, eq, sql } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, badRequest, conflict, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { inspectionItems, inspectionVillages, pledges, villages } from '../../db/schema/index.ts';
import { statusProgressProblem } from '../../domain/evaluation/inspection-score.ts';
import { isAllowed } from '../../domain/permissions.ts';
import { type InspectionVillageAction, inspectionVillageRefusal } from '../../domain/policies/inspection.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import { attachFiles, storeUploads } from '../files/files.service.ts';
import type { PreparedFile } from '../files/uploads.ts';
import type { ItemBody } from './inspection.schema.ts';
import { inspectedPledges, itemsOf, teamsOf, villageCounts, villageFacts } from './inspection-data.ts';

/** The file store's subject type of inspection photos (staff-only evidence: not declared public). */
export const INSPECTION_FILES = 'inspection_item';

/**
 * One village's inspection as the policy and the views read it. With `lock`, the village's
 * assignment row is locked, so a record, a submission and the office's lock never interleave.
 */
export async function villageContext(
  db: Queryable,
  actor: Actor,
  campaignId: string,
  villageId: string,
  lock = false,
) {
  const campaign = await findCampaign(db, actor.scope, campaignId);
  const village = await findInScope(db, villages, actor.scope, villageId, '村', {
    columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
  });
  if (village.townshipId !== campaign.townshipId) throw notFound('村');
  const query = db
    .select()
    .from(inspectionVillages)
    .where(and(eq(inspectionVillages.campaignId, campaign.id), eq(inspectionVillages.villageId, village.id)));
  const [assignment] = lock ? await query.for('update') : await query;
  const team = assignment
    ? (await teamsOf(db, campaign.id)).find((t) => t.team.id === assignment.teamId)
    : undefined;
  const pledgeRows = await inspectedPledges(db, campaign.id, village.id);
  const items = await itemsOf(db, campaign.id, village.id);
  const facts = villageFacts(
    actor,
    campaign,
    assignment,
    team,
    villageCounts(pledgeRows, new Map(items.map((i) => [i.pledgeId, i]))),
  );
  return { campaign, village, assignment, team, pledgeRows, items, facts };
}
export type VillageContext = Awaited<ReturnType<typeof villageContext>>;

export function assertAllowed(context: VillageContext, action: InspectionVillageAction) {
  const refused = inspectionVillageRefusal(context.facts, action);
  if (refused) throw new AppError(refused.kind, refused.code, refused.message);
}

/**
 * A team member's record of one pledge (the one record per pledge, created or replaced) with any new
 * photos, in the caller's transaction: the policy, the status-progress rule, the record, the files.
 * An office account records the same way from the team's paper form (`record_paper`): the record says
 * it was keyed from paper, and by whom (recordedBy / recordedByName are the office user).
 */
export async function recordItem(
  tx: Tx,
  actor: Actor,
  pledgeId: string,
  body: ItemBody,
  uploads: PreparedFile[],
) {
  const pledge = await findInScope(tx, pledges, actor.scope, pledgeId, '承诺事项');
  const context = await villageContext(tx, actor, pledge.campaignId, pledge.villageId, true);
  const source = isAllowed(actor.role, 'inspection.manage') ? ('paper' as const) : ('phone' as const);
  assertAllowed(context, source === 'paper' ? 'record_paper' : 'record');
  if (!context.pledgeRows.some((p) => p.pledge.id === pledge.id)) {
    throw conflict('NOT_INSPECTED', '该承诺事项未经批准或已撤回，不在考核范围内');
  }
  const problem = statusProgressProblem(body.status, body.progressPercent);
  if (problem) throw badRequest('progressPercent', `“完成进度”：${problem}`);
  const before = context.items.find((i) => i.pledgeId === pledge.id);
  const values = {
    status: body.status,
    progressPercent: body.progressPercent,
    recognition: body.recognition,
    note: body.note,
    recordedBy: actor.userId,
    recordedByName: actor.displayName,
    source,
  };
  const [item] = await tx
    .insert(inspectionItems)
    .values({
      countyId: pledge.countyId,
      townshipId: pledge.townshipId,
      villageId: pledge.villageId,
      campaignId: pledge.campaignId,
      pledgeId: pledge.id,
      participantId: pledge.participantId,
      ...values,
    })
    .onConflictDoUpdate({
      target: [inspectionItems.campaignId, inspectionItems.pledgeId],
      set: { ...values, updatedAt: sql`now()` },
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'inspection.record',
    entity: 'pledge',
    entityId: pledge.id,
    countyId: pledge.countyId,
    townshipId: pledge.townshipId,
    before: before
      ? { status: before.status, progressPercent: before.progressPercent, recognition: before.recognition }
      : undefined,
    after: {
      status: item!.status,
      progressPercent: item!.progressPercent,
      recognition: item!.recognition,
      photos: uploads.length,
      source,
      ...(source === 'paper' ? { teamId: context.assignment!.teamId } : {}),
    },
  });
  const stored = await storeUploads(tx, actor, uploads, {
    purpose: 'inspection',
    villageId: pledge.villageId,
  });
  await attachFiles(tx, stored, {
    subjectType: INSPECTION_FILES,
    subjectId: item!.id,
    countyId: pledge.countyId,
    townshipId: pledge.townshipId,
    villageId: pledge.villageId,
    campaignId: pledge.campaignId,
    pledgeId: pledge.id,
    year: context.campaign.year,
  });
  return item!;
}

const ACTION_AUDIT = {
  submit: 'inspection.submit',
  lock: 'inspection.lock',
  unlock: 'inspection.unlock',
} as const;

/** The team leader's submission, or the office's lock or reopening, of one village's inspection. */
export async function changeVillage(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  villageId: string,
  action: 'submit' | 'lock' | 'unlock',
) {
  const context = await villageContext(tx, actor, campaignId, villageId, true);
  assertAllowed(context, action);
  const assignment = context.assignment!;
  const now = new Date();
  const set =
    action === 'submit'
      ? { submittedAt: now, submittedByName: actor.displayName }
      : action === 'lock'
        ? { lockedAt: now, lockedByName: actor.displayName }
        : { lockedAt: null, lockedByName: null, submittedAt: null, submittedByName: null };
  await tx.update(inspectionVillages).set(set).where(eq(inspectionVillages.id, assignment.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: ACTION_AUDIT[action],
    entity: 'village',
    entityId: context.village.id,
    countyId: context.campaign.countyId,
    townshipId: context.campaign.townshipId,
    after: { campaignId: context.campaign.id, teamId: assignment.teamId },
  });
}
