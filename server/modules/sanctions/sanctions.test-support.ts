import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { admonishmentTasks, removalCaseSteps, removalCases } from '../../db/schema/index.ts';
import { type CaseStep, nextCaseStep } from '../../domain/sanctions/due-process.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { addCaseStep, recordTalk } from './sanctions.service.ts';

const STEP_TEXT: Record<CaseStep, string> = {
  notice: '书面告知拟撤销其党内职务，告知其有权陈述申辩。',
  statement: '本人书面陈述申辩。',
  decision: '乡党委研究决定：撤销其党内职务。',
  outcome: '已宣布撤销其党内职务。',
};

/**
 * Closes every open 奖惩 task of a year in 奖惩 through the services (a talk for each admonishment, a
 * removal case walked through its remaining due-process steps), so that tests can archive the demo's current year:
 * its certified 民主测评 already opened 刘福贵's admonishment and case.
 */
export async function closeOpenSanctions(database: Database, campaignId: string): Promise<void> {
  await database.transaction(async (tx) => {
    const office = await demoActor(tx, 'office');
    const tasks = await tx
      .select({ id: admonishmentTasks.id })
      .from(admonishmentTasks)
      .where(and(eq(admonishmentTasks.campaignId, campaignId), isNull(admonishmentTasks.closedAt)));
    for (const task of tasks) {
      await recordTalk(tx, office, task.id, {
        talkedBy: '乡党委副书记 刘金成',
        talkedOn: '2026-11-30',
        content: '指出承诺事项推进不力，要求逐项整改。',
        undertaking: '接受组织谈话，逐项整改。',
      });
    }
    const cases = await tx
      .select({ id: removalCases.id })
      .from(removalCases)
      .where(and(eq(removalCases.campaignId, campaignId), isNull(removalCases.closedAt)));
    for (const c of cases) {
      const rows = await tx
        .select({ step: removalCaseSteps.step })
        .from(removalCaseSteps)
        .where(eq(removalCaseSteps.caseId, c.id));
      const done = rows.map((r) => r.step as CaseStep);
      for (let step = nextCaseStep(done); step; step = nextCaseStep(done)) {
        await addCaseStep(tx, office, c.id, { step, on: '2026-11-30', text: STEP_TEXT[step] });
        done.push(step);
      }
    }
  });
}
