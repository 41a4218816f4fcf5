import { and, desc, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { AuditActor, Scope } from '../../core/actor.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { auditLog, townships } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { auditHash, type ChainedEntry, chainStart } from '../../domain/audit-chain.ts';
import type { ChainHead } from '../../domain/audit-chain-head.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/local-time.ts';

/**
 * Each chain has its own transaction-scoped advisory lock, the two-int form (this class id, a hash of
 * the chain's county), so appends to different counties never wait on each other. Two counties whose
 * keys collide share a lock: slower, never wrong.
 */
const AUDIT_CHAIN_LOCK_CLASS = 7_340_001;

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

/**
 * Takes a chain's lock until the transaction ends (re-entrant: taking it again in the same
 * transaction does not wait). Whoever appends to the chain holds it; so does the cast-audit chainer
 * before it takes queued rows (ballots/cast-audit.ts takes the same lock, class and key).
 */
export async function lockAuditChain(tx: Tx, countyId: string | null): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${sql.raw(String(AUDIT_CHAIN_LOCK_CLASS))}, hashtext(${countyId ?? 'system'}))`,
  );
}

/** Plain JSON (dates become strings), the form jsonb gives back, so the hash re-computes. */
const toJson = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** The rows of one chain: a county's, or (null) the system chain of entries of no county. */
export const chainWhere = (countyId: string | null) =>
  countyId === null ? isNull(auditLog.countyId) : eq(auditLog.countyId, countyId);

/** The hash of the last row of schema 0000's global chain (see migration 0004), null if none. */
export async function legacyHead(db: Queryable): Promise<ChainHead | null> {
  const [row] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.legacy, true))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row ?? null;
}

/** Where the chain's next entry continues from: its last entry, or after its legacy rows. */
async function nextLink(tx: Tx, countyId: string | null): Promise<ChainHead> {
  const [last] = await tx
    .select({ seq: auditLog.chainSeq, hash: auditLog.hash, legacy: auditLog.legacy })
    .from(auditLog)
    .where(chainWhere(countyId))
    .orderBy(desc(auditLog.chainSeq))
    .limit(1);
  if (last && !last.legacy) return { seq: last.seq, hash: last.hash };
  return chainStart(last?.seq ?? 0, await legacyHead(tx));
}

/** Appends one chained entry inside the caller's transaction: the write and its record commit together. */
export async function appendAudit(tx: Tx, actor: AuditActor, input: AuditEntryInput): Promise<void> {
  await appendAuditBatch(tx, actor, [input]);
}

/**
 * Appends several chained entries in order (used to chain queued entries of high-rate writes, e.g.
 * cast ballots, in batches): each county's entries onto its own chain under its lock, all in one
 * INSERT. Same chains, same hashes as one by one. Chains are locked in one order (by county id), so
 * two batches never wait on each other in a cycle; the locks are held until the transaction ends.
 */
export async function appendAuditBatch(tx: Tx, actor: AuditActor, inputs: AuditEntryInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const byChain = new Map<string | null, AuditEntryInput[]>();
  for (const input of inputs) {
    const chain = byChain.get(input.countyId);
    if (chain) chain.push(input);
    else byChain.set(input.countyId, [input]);
  }
  const chains = [...byChain.keys()].sort((a, b) => ((a ?? '') < (b ?? '') ? -1 : 1));
  const at = new Date().toISOString();
  const rows: ChainedRow[] = [];
  for (const countyId of chains) {
    await lockAuditChain(tx, countyId);
    let link = await nextLink(tx, countyId);
    for (const input of byChain.get(countyId)!) {
      const content = {
        seq: link.seq + 1,
        at,
        countyId,
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
      const hash = auditHash(link.hash, content);
      rows.push({ ...content, prevHash: link.hash, hash });
      link = { seq: content.seq, hash };
    }
  }
  await insertRows(tx, rows, { at, actor });
}

type ChainedRow = ChainedEntry & { countyId: string | null };

/**
 * One INSERT of every row from one JSON parameter (json_to_recordset): a batch of thousands of cast
 * ballots costs one parameter instead of one per value, so chaining stays as cheap as it was with
 * one global chain although each row now carries its chain seq; JSON carries any text and jsonb
 * value exactly. `at` and the actor are the batch's own.
 */
async function insertRows(tx: Tx, rows: ChainedRow[], batch: { at: string; actor: AuditActor }) {
  const records = rows.map((r) => ({
    county_id: r.countyId,
    chain_seq: r.seq,
    township_id: r.townshipId,
    action: r.action,
    entity: r.entity,
    entity_id: r.entityId,
    before: r.before,
    after: r.after,
    reason: r.reason,
    prev_hash: r.prevHash,
    hash: r.hash,
  }));
  await tx.execute(sql`
    insert into ${auditLog} (county_id, chain_seq, township_id, at, actor_id, actor_name, action, entity,
                             entity_id, before, after, reason, prev_hash, hash)
    select r.county_id, r.chain_seq, r.township_id, ${batch.at}::timestamptz, ${batch.actor.id}::uuid,
           ${batch.actor.name}::text, r.action, r.entity, r.entity_id, r.before, r.after, r.reason, r.prev_hash, r.hash
    from json_to_recordset(${JSON.stringify(records)}::json)
      as r(county_id uuid, chain_seq bigint, township_id uuid, action text, entity text, entity_id text,
           before jsonb, after jsonb, reason text, prev_hash text, hash text)`);
}

/** A LIKE pattern matches the text itself: % _ and \\ typed into a filter are not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

export type AuditFilter = { action?: string; entity?: string; actorName?: string; from?: Date; to?: Date };

export async function listAudit(
  db: Queryable,
  scope: Scope,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(scope, { county: auditLog.countyId, township: auditLog.townshipId }),
    filter.action ? sql`${auditLog.action} like ${`${escapeLike(filter.action)}%`}` : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.actorName ? sql`${auditLog.actorName} like ${`%${escapeLike(filter.actorName)}%`}` : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lte(auditLog.at, filter.to) : undefined,
  ];
  const where = and(...conditions);
  // One after another: the caller's tx is one connection, which runs one query at a time.
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
  const timeZone = await timeZoneOf(db, scope);
  return { total: count?.n ?? 0, entries: rows, timeZone };
}

/** The zone the caller's times are shown in: the township's, the default for a county viewer. */
async function timeZoneOf(db: Queryable, scope: Scope): Promise<string> {
  if (!scope.townshipId) return DEFAULT_TIME_ZONE;
  const [township] = await db
    .select({ timeZone: townships.timeZone })
    .from(townships)
    .where(eq(townships.id, scope.townshipId));
  return township?.timeZone ?? DEFAULT_TIME_ZONE;
}
