import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';
import type { ChainHead } from '../../domain/audit-chain-head.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { auditRoutes } from './audit.routes.ts';
import { fieldLabels } from './audit.schema.ts';
import { chainWhere } from './audit.service.ts';
import { chainHead } from './chain-head.ts';

/**
 * The county's audit chain head at sealing (chain seq and hash): what the county's log held then is
 * fixed by that entry's hash (the chain links every earlier one to it), so the seal anchors it and
 * later re-reads that entry.
 */
const auditSeal: SealPart = {
  async anchor(db, campaign): Promise<ChainHead | null> {
    const { seq, hash } = await chainHead(db, campaign.countyId);
    return seq === 0 ? null : { seq, hash };
  },
  async records(db, campaign, anchor) {
    const head = anchor as ChainHead | null;
    if (!head) return { chainHead: [] };
    const rows = await db
      .select({ seq: auditLog.chainSeq, hash: auditLog.hash })
      .from(auditLog)
      .where(and(chainWhere(campaign.countyId), eq(auditLog.chainSeq, head.seq)));
    return { chainHead: rows };
  },
};

export const auditModule: ModuleDefinition = {
  name: 'audit',
  label: '审计日志',
  routes: auditRoutes,
  fieldLabels,
  seal: auditSeal,
};
