import type { AuditActor } from '../../core/actor.ts';
import { conflict } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { pledgeSetEvents } from '../../db/schema/index.ts';
import type { Refusal, Step } from '../../domain/pledging/workflow.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { SetRow } from './pledge-access.ts';

type Tenant = { countyId: string; townshipId: string };

/** One audit entry for a pledging write, inside its transaction. */
export function auditPledging(
  tx: Tx,
  actor: AuditActor,
  row: Tenant,
  entry: {
    action: string;
    entity: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
    reason?: string | null;
  },
) {
  return appendAudit(tx, actor, { ...entry, countyId: row.countyId, townshipId: row.townshipId });
}

export type EventKind = (typeof pledgeSetEvents.$inferInsert)['kind'];

/** A step in the set's history (shown beside its pledges). */
export async function recordEvent(
  tx: Tx,
  actor: AuditActor,
  set: SetRow,
  kind: EventKind,
  extra: { round?: number; meetingId?: string | null; pollId?: string | null; note?: string | null } = {},
) {
  await tx.insert(pledgeSetEvents).values({
    countyId: set.countyId,
    townshipId: set.townshipId,
    villageId: set.villageId,
    setId: set.id,
    kind,
    round: extra.round ?? set.round,
    meetingId: extra.meetingId ?? null,
    pollId: extra.pollId ?? null,
    note: extra.note ?? null,
    actorName: actor.name,
  });
}

/** The domain's refusal as a 409 with its code. */
export function unwrap<T>(step: Step<T>): T {
  if (!step.ok) throw refusalError(step.refusal);
  return step.value;
}

export const refusalError = (r: Refusal) => conflict(r.code, r.message);
