import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { admonishmentTasks, persons } from '../../db/schema/index.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { recordTalk } from './sanctions.service.ts';

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
