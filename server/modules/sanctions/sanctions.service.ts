import { asc, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, refuse } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { admonishmentTasks, removalCaseSteps, removalCases } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { sanctionRefusal } from '../../domain/policies/sanctions.ts';
import { caseStepProblem, futureDateProblem, nextCaseStep } from '../../domain/sanctions/due-process.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { recallFactsOf } from './recall-read.ts';
import type { CaseStepBody, TalkBody } from './sanctions.schema.ts';

/** Records the admonishment talk (谈话人, day, content, the cadre's undertaking) and closes the task. */
export async function recordTalk(tx: Tx, actor: Actor, taskId: string, body: TalkBody) {
  const task = await findInScope(tx, admonishmentTasks, actor.scope, taskId, '诫勉谈话任务', { lock: true });
  const campaign = await findCampaign(tx, actor.scope, task.campaignId);
  refuse(
    sanctionRefusal({ role: actor.role, phase: campaign.phase, closed: task.closedAt !== null }, 'record'),
  );
  const future = futureDateProblem(
    '谈话日期',
    body.talkedOn,
    localToday(await townshipZone(tx, task.townshipId)),
  );
  if (future) throw badRequest('talkedOn', future);
  await tx
    .update(admonishmentTasks)
    .set({ ...body, closedAt: new Date(), closedBy: actor.displayName })
    .where(eq(admonishmentTasks.id, task.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'admonishment.record',
    entity: 'admonishment_task',
    entityId: task.id,
    countyId: task.countyId,
    townshipId: task.townshipId,
    after: { talkedBy: body.talkedBy, talkedOn: body.talkedOn },
  });
  return campaign;
}

/** Adds the next due-process step of a removal case; the outcome (执行结果) closes it. */
export async function addCaseStep(tx: Tx, actor: Actor, caseId: string, body: CaseStepBody) {
  const row = await findInScope(tx, removalCases, actor.scope, caseId, '案件', { lock: true });
  const campaign = await findCampaign(tx, actor.scope, row.campaignId);
  const done = await tx
    .select({ step: removalCaseSteps.step, on: removalCaseSteps.on })
    .from(removalCaseSteps)
    .where(eq(removalCaseSteps.caseId, row.id))
    .orderBy(asc(removalCaseSteps.createdAt));
  refuse(
    sanctionRefusal(
      {
        role: actor.role,
        phase: campaign.phase,
        closed: row.closedAt !== null,
        nextStep: nextCaseStep(done.map((d) => d.step)),
        recall: await recallFactsOf(tx, row),
      },
      'record',
    ),
  );
  const today = localToday(await townshipZone(tx, row.townshipId));
  const problem = caseStepProblem(done, body.step, body.on, today);
  if (problem) throw badRequest(problem.startsWith('日期') ? 'on' : 'step', problem);
  await tx.insert(removalCaseSteps).values({
    countyId: row.countyId,
    caseId: row.id,
    step: body.step,
    on: body.on,
    content: body.text,
    recordedBy: actor.displayName,
  });
  if (body.step === 'outcome')
    await tx.update(removalCases).set({ closedAt: new Date() }).where(eq(removalCases.id, row.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'removal_case.step',
    entity: 'removal_case',
    entityId: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    after: { step: body.step, on: body.on },
  });
  return campaign;
}
