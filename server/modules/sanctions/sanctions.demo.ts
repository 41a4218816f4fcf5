import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { admonishmentTasks, persons, removalCases } from '../../db/schema/index.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { addCaseStep, recordTalk } from './sanctions.service.ts';
import { openAfterEvaluation } from './sanctions-open.ts';

/**
 * A finished year's 奖惩 for the demo: every admonishment the year opened was held by the township's deputy
 * party secretary and the office in the January after, with the cadre's undertaking recorded.
 */
export async function demoSanctionsYear(tx: Tx, campaignId: string, year: number): Promise<void> {
  const office = await demoActor(tx, 'office');
  const open = await tx
    .select({ id: admonishmentTasks.id, name: persons.name, reasonText: admonishmentTasks.reasonText })
    .from(admonishmentTasks)
    .innerJoin(persons, eq(persons.id, admonishmentTasks.personId))
    .where(and(eq(admonishmentTasks.campaignId, campaignId), isNull(admonishmentTasks.closedAt)));
  for (const task of open) {
    await recordTalk(tx, office, task.id, {
      talkedBy: '乡党委副书记 刘金成，乡考评办 韩文君',
      talkedOn: `${year + 1}-01-12`,
      content: `指出${task.name}同志${task.reasonText}，群众对承诺事项推进慢、村务公开不及时意见较大；要求对照承诺逐项整改，每月向包村领导报告进展。`,
      undertaking: '本人接受组织谈话，认真反思，保证在下一年度逐项兑现承诺，主动接受群众监督。',
    });
  }
}

/**
 * The demo's current year (评诺) once the year before is in place: what its certified 民主测评 already
 * settle opens through the same service the certification runs (admonishments, and 刘福贵's removal
 * case for 2025 and 2026); his admonishment is not held yet (overdue), while his case has the notice
 * served and his statement and defence received in late November, the decision pending.
 */
export async function demoSanctionsCurrentYear(tx: Tx, campaignId: string): Promise<void> {
  const office = await demoActor(tx, 'office');
  await openAfterEvaluation(tx, office, campaignId);
  const cases = await tx
    .select({ id: removalCases.id, name: persons.name })
    .from(removalCases)
    .innerJoin(persons, eq(persons.id, removalCases.personId))
    .where(eq(removalCases.campaignId, campaignId));
  for (const c of cases) {
    await addCaseStep(tx, office, c.id, {
      step: 'notice',
      on: '2026-11-24',
      text: `乡党委向${c.name}同志书面告知：其连续两年考评等次为“不合格”，拟依规撤销其党内职务并依法启动罢免程序；告知其有权在三日内陈述申辩。`,
    });
    await addCaseStep(tx, office, c.id, {
      step: 'statement',
      on: '2026-11-27',
      text: `${c.name}同志书面陈述：承认承诺事项推进不力，称村道硬化因资金未到位延误，请求组织考虑其工作实际。`,
    });
  }
}
