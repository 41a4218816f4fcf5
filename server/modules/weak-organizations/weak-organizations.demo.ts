import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { DEMO_ARCHIVED_YEAR } from '../demo/demo-archived-year.ts';
import type { DemoIds } from '../demo/demo-county.ts';
import { addFollowUp, listWeakOrganization } from './weak-organizations.service.ts';
import { weakOrganizationsView } from './weak-organizations-view.ts';

/** The village the demo's archived year lists: its 刘福贵 (一肩挑) was graded 不合格 in 2025. */
export const DEMO_WEAK_VILLAGE = '北山村';

/**
 * 2025's 北山村 listed for rectification by the office in the January after, with measures and the
 * deputy party secretary responsible, and one follow-up in March; still open. Runs after the archived
 * year is built (MODULES order).
 */
export async function seedWeakOrganizations(tx: Tx, ids: DemoIds): Promise<void> {
  const campaignId = ids.campaignIds[DEMO_ARCHIVED_YEAR];
  const villageId = ids.villageIds[DEMO_WEAK_VILLAGE];
  const [leader] = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(eq(users.username, 'leader'));
  if (!campaignId || !villageId || !leader) return;
  const office = await demoActor(tx, 'office');
  const campaign = await listWeakOrganization(tx, office, campaignId, {
    villageId,
    on: `${DEMO_ARCHIVED_YEAR + 1}-01-20`,
    reason: '有村干部年度考评不合格（刘福贵同志民主测评不满意票过半）',
    measures:
      '一、乡党委选派第一书记驻村指导；二、两委会议每月一次、党员大会每季度一次，会议记录报乡考评办；三、群众反映强烈的村内道路和饮水问题列出清单、限期办结；四、村务、财务每月公开。',
    leaderUserId: leader.id,
    leaderName: leader.name,
  });
  const view = await weakOrganizationsView(tx, office, campaign, 0);
  const listed = view.organizations.find((o) => o.villageId === villageId);
  if (!listed) return;
  await addFollowUp(tx, office, listed.id, {
    on: `${DEMO_ARCHIVED_YEAR + 1}-03-15`,
    content: '第一书记已到村，召开两委会议和党员大会，列出道路、饮水等6项问题清单；村务公开栏已按月更新。',
  });
}
