import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { auditRoutes } from './audit.routes.ts';

type ChainHead = { seq: number; hash: string };

const headOf = (db: Queryable) => db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog);

/**
 * The county's audit chain head at sealing: what the log held then is fixed by that entry's hash (the
 * chain links every earlier one to it), so the seal anchors it and later re-reads that entry.
 */
const auditSeal: SealPart = {
  async anchor(db, campaign): Promise<ChainHead | null> {
    const [head] = await headOf(db)
      .where(eq(auditLog.countyId, campaign.countyId))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    return head ?? null;
  },
  async records(db, campaign, anchor) {
    const head = anchor as ChainHead | null;
    if (!head) return { chainHead: [] };
    const rows = await headOf(db).where(
      and(eq(auditLog.countyId, campaign.countyId), eq(auditLog.seq, head.seq)),
    );
    return { chainHead: rows };
  },
};

export const auditModule: ModuleDefinition = {
  name: 'audit',
  label: '审计日志',
  routes: auditRoutes,
  seal: auditSeal,
};
