import { asc } from 'drizzle-orm';
import type { Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { actionLabel } from '../../domain/audit-labels.ts';

/** The actions the caller's entries contain, each with its Chinese name: the audit filter's choices. */
export async function auditActionsInScope(db: Queryable, scope: Scope) {
  const rows = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(scopeWhere(scope, { county: auditLog.countyId, township: auditLog.townshipId }))
    .orderBy(asc(auditLog.action))
    .limit(500);
  return rows.map((r) => ({ action: r.action, label: actionLabel(r.action) }));
}
