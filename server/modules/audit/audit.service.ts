import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { auditHash, type ChainedEntry, firstBrokenEntry, GENESIS_HASH } from '../../domain/audit-chain.ts';
import type { AuditActor, Scope } from '../../core/actor.ts';

/** One lock id for the whole chain: appends are serialized so seq has no gaps and no forks. */
const AUDIT_CHAIN_LOCK = 7_340_001;

export type AuditEntryInput = {
  action: string;
  entity: string;
  entityId?: string | null;
  countyId: string | null;
  townshipId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/** Plain JSON (dates become strings), the form jsonb gives back, so the hash re-computes. */
const toJson = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** Appends one chained entry inside the caller's transaction: the write and its record commit together. */
export async function appendAudit(tx: Tx, actor: AuditActor, input: AuditEntryInput): Promise<void> {
  await appendAuditBatch(tx, actor, [input]);
}

/**
 * Appends several chained entries in order under one lock and one INSERT (used to chain queued
 * entries of high-rate writes, e.g. cast ballots, in batches). Same chain, same hashes as one by one.
 */
export async function appendAuditBatch(tx: Tx, actor: AuditActor, inputs: AuditEntryInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = inputs.map((input) => {
    seq += 1;
    const content = {
      seq,
      at,
      countyId: input.countyId,
      townshipId: input.townshipId ?? null,
      actorId: actor.id,
      actorName: actor.name,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId ?? null,
      before: toJson(input.before),
      after: toJson(input.after),
      reason: input.reason ?? null,
    };
    const hash = auditHash(prevHash, content);
    const row = { ...content, at: new Date(content.at), prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(auditLog).values(rows.slice(i, i + 1000));
}

export type AuditFilter = { action?: string; entity?: string; actorName?: string; from?: Date; to?: Date };

export async function listAudit(
  db: Queryable,
  scope: Scope,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(scope, { county: auditLog.countyId, township: auditLog.townshipId }),
    filter.action ? sql`${auditLog.action} like ${`${filter.action}%`}` : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.actorName ? sql`${auditLog.actorName} like ${`%${filter.actorName}%`}` : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lte(auditLog.at, filter.to) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { total: count?.n ?? 0, entries: rows };
}

/** Walks the whole chain in seq order, in batches; returns the first broken entry or null. */
export async function verifyAuditChain(
  db: Queryable,
): Promise<{ checked: number; broken: { seq: number; why: string } | null }> {
  let prev = GENESIS_HASH;
  let after = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} > ${after}`)
      .orderBy(auditLog.seq)
      .limit(1000);
    if (rows.length === 0) return { checked, broken: null };
    const entries: ChainedEntry[] = rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    const gap = entries.find((e, i) => e.seq !== after + i + 1);
    if (gap)
      return { checked, broken: { seq: gap.seq, why: 'sequence gap: an entry before it was removed' } };
    const broken = firstBrokenEntry(entries, prev);
    if (broken) return { checked, broken };
    checked += entries.length;
    prev = entries.at(-1)!.hash;
    after = entries.at(-1)!.seq;
  }
}
