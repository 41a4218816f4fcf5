import { count } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import type { Database } from '../../db/client.ts';
import { counties } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { MODULES } from '../index.ts';
import type { ModuleDefinition } from '../module.ts';
import type { DemoIds } from './demo-county.ts';
import { DEMO_ACCOUNTS, DEMO_COUNTY, DEMO_PASSWORD } from './demo-data.ts';

export type { DemoIds } from './demo-county.ts';

export async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(counties);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo in one transaction: every module's demo step in the order MODULES declares them
 * (the county and its people first, then the campaign, then later modules'), recorded as one audit entry.
 */
export async function loadDemo(
  database: Database,
  modules: readonly ModuleDefinition[] = MODULES,
): Promise<DemoIds> {
  return database.transaction(async (tx) => {
    const countyId = crypto.randomUUID();
    const ids: DemoIds = { countyId, townshipIds: {}, villageIds: {}, personIds: {}, campaignIds: {} };
    for (const { demo } of modules) if (demo) await demo(tx, ids, modules);
    await appendAudit(tx, SYSTEM_ACTOR, {
      action: 'demo.load',
      entity: 'county',
      entityId: countyId,
      countyId,
      after: {
        county: DEMO_COUNTY,
        townships: Object.keys(ids.townshipIds),
        villages: Object.keys(ids.villageIds).length,
      },
    });
    return ids;
  });
}

export function demoLoginsText(): string {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(11)} ${a.displayName}`);
  return [`演示账号（密码均为 ${DEMO_PASSWORD}）：`, ...rows].join('\n');
}
