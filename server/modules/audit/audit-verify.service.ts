import { and, asc, count, desc, eq, getTableColumns, gt, sql } from 'drizzle-orm';
import type { Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import {
  BREAK_REASON_LABELS,
  type BreakReason,
  type ChainedEntry,
  chainStart,
  EMPTY_HEAD,
  linkBreak,
  numberingBreak,
  walkChain,
} from '../../domain/audit-chain.ts';
import type { ChainHead } from '../../domain/audit-chain-head.ts';
import { chainWhere } from './audit.service.ts';

/**
 * Verifying the audit chains. A county's chain is its rows in chain-seq order: first its legacy
 * rows, if the database was upgraded from schema 0000 (numbered 1..k; their hashes are checked in
 * the legacy segment, the old global chain), then its own entries, linked from the legacy head
 * (migration 0004 states the rule; domain chainStart computes it).
 */

/**
 * Every column, with before/after as the jsonb's text: drizzle's jsonb reader parses a string value
 * once more (the JSON string "\"12\"" would come back as the number 12), so the hash is re-computed
 * over exactly what was stored.
 */
const { before: _before, after: _after, ...plainColumns } = getTableColumns(auditLog);
const rowColumns = {
  ...plainColumns,
  before: sql<string | null>`${auditLog.before}::text`,
  after: sql<string | null>`${auditLog.after}::text`,
};
const parsed = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

type Row = Omit<typeof auditLog.$inferSelect, 'before' | 'after'> & {
  before: string | null;
  after: string | null;
};
const BATCH = 1000;

/** A row as it was hashed: a legacy row over its global seq, any other over its chain seq. */
const hashedEntry = (row: Row): ChainedEntry => ({
  seq: row.legacy ? row.seq : row.chainSeq,
  at: row.at.toISOString(),
  countyId: row.countyId,
  townshipId: row.townshipId,
  actorId: row.actorId,
  actorName: row.actorName,
  action: row.action,
  entity: row.entity,
  entityId: row.entityId,
  before: parsed(row.before),
  after: parsed(row.after),
  reason: row.reason,
  prevHash: row.prevHash,
  hash: row.hash,
});

export type LegacyCheck = {
  rows: number;
  /** The last legacy row (global seq and hash), null when the database had none. */
  head: ChainHead | null;
  /** The first legacy row that does not verify, by global seq. */
  broken: { seq: number; why: BreakReason } | null;
};

/** Walks schema 0000's global chain (rows marked legacy) in global seq order from the genesis hash. */
export async function verifyLegacySegment(db: Queryable): Promise<LegacyCheck> {
  const [last] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.legacy, true))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  let head = EMPTY_HEAD;
  let rows = 0;
  for (;;) {
    const batch = await db
      .select(rowColumns)
      .from(auditLog)
      .where(and(eq(auditLog.legacy, true), gt(auditLog.seq, head.seq)))
      .orderBy(asc(auditLog.seq))
      .limit(BATCH);
    if (batch.length === 0) return { rows, head: last ?? null, broken: null };
    const walked = walkChain(batch.map(hashedEntry), head);
    rows += walked.verified;
    if (walked.broken) return { rows, head: last ?? null, broken: walked.broken };
    head = walked.head;
  }
}

export type ChainCheck = {
  countyId: string | null;
  /** Rows in the chain, its legacy rows included. */
  entries: number;
  /** Its last entry as stored now (highest chain seq); seq 0 when the chain is empty. */
  head: ChainHead;
  /** Entries verified before the first break: all of them when the chain is whole. */
  verified: number;
  /** The first entry that does not verify, by chain seq, and whose township it is. */
  broken: { seq: number; why: BreakReason; townshipId: string | null } | null;
  /** The verified entries of one township (every entry when none is given): count and chain-seq range. */
  scoped: { checked: number; first: number | null; last: number | null };
};

/** Follows one chain's rows, remembering where it is; `check` says why a row does not continue it. */
function chainWalker(legacy: LegacyCheck) {
  let last = 0;
  let lastLegacySeq = 0;
  let link: ChainHead | null = null;
  const legacyRow = (row: Row): BreakReason | null => {
    if (link !== null || row.seq <= lastLegacySeq) return 'numbering';
    const numbering = numberingBreak(last, row.chainSeq);
    if (numbering) return numbering;
    if (legacy.broken && row.seq >= legacy.broken.seq)
      return row.seq === legacy.broken.seq ? legacy.broken.why : 'legacy';
    lastLegacySeq = row.seq;
    return null;
  };
  const ownRow = (row: Row): BreakReason | null => {
    if (link === null) {
      if (legacy.broken) return 'legacy';
      link = chainStart(last, legacy.head);
    }
    const why = linkBreak(link, hashedEntry(row));
    if (!why) link = { seq: row.chainSeq, hash: row.hash };
    return why;
  };
  return {
    check(row: Row): BreakReason | null {
      const why = row.legacy ? legacyRow(row) : ownRow(row);
      if (!why) last = row.chainSeq;
      return why;
    },
  };
}

/** Verifies a county's chain (null: the system chain) whole; counts what is one township's if given. */
export async function verifyChain(
  db: Queryable,
  countyId: string | null,
  legacy: LegacyCheck,
  townshipId: string | null = null,
): Promise<ChainCheck> {
  const [last] = await db
    .select({ seq: auditLog.chainSeq, hash: auditLog.hash })
    .from(auditLog)
    .where(chainWhere(countyId))
    .orderBy(desc(auditLog.chainSeq))
    .limit(1);
  const [size] = await db.select({ n: count() }).from(auditLog).where(chainWhere(countyId));
  const walker = chainWalker(legacy);
  const scoped: ChainCheck['scoped'] = { checked: 0, first: null, last: null };
  let verified = 0;
  let after = 0;
  for (;;) {
    const batch = await db
      .select(rowColumns)
      .from(auditLog)
      .where(and(chainWhere(countyId), gt(auditLog.chainSeq, after)))
      .orderBy(asc(auditLog.chainSeq))
      .limit(BATCH);
    for (const row of batch) {
      const why = walker.check(row);
      if (why) {
        const broken = { seq: row.chainSeq, why, townshipId: row.townshipId };
        return { countyId, entries: size?.n ?? 0, head: last ?? EMPTY_HEAD, verified, broken, scoped };
      }
      verified += 1;
      if (townshipId === null || row.townshipId === townshipId) {
        scoped.checked += 1;
        scoped.first ??= row.chainSeq;
        scoped.last = row.chainSeq;
      }
    }
    if (batch.length < BATCH) break;
    after = batch.at(-1)!.chainSeq;
  }
  return { countyId, entries: size?.n ?? 0, head: last ?? EMPTY_HEAD, verified, broken: null, scoped };
}

/** Every chain in the database (by county id; null last) and the legacy segment they start from. */
export async function verifyAllChains(db: Queryable): Promise<{ legacy: LegacyCheck; chains: ChainCheck[] }> {
  const legacy = await verifyLegacySegment(db);
  const counties = await db
    .selectDistinct({ countyId: auditLog.countyId })
    .from(auditLog)
    .orderBy(sql`${auditLog.countyId} nulls last`);
  const chains: ChainCheck[] = [];
  for (const { countyId } of counties) chains.push(await verifyChain(db, countyId, legacy));
  return { legacy, chains };
}

/** The hash of a chain's entry at `seq`, null when there is none. */
export async function hashAt(db: Queryable, countyId: string | null, seq: number): Promise<string | null> {
  const [row] = await db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(and(chainWhere(countyId), eq(auditLog.chainSeq, seq)));
  return row?.hash ?? null;
}

/**
 * The caller's county chain verified whole, reported for the caller's scope only: a township office
 * gets its township's entries counted, a county viewer the county's; never another county's numbers
 * (a break in another county's legacy row shows as this chain's first entry after it).
 */
export async function verifyInScope(db: Queryable, scope: Scope) {
  const legacy = await verifyLegacySegment(db);
  const chain = await verifyChain(db, scope.countyId, legacy, scope.townshipId);
  const broken = chain.broken;
  return {
    ok: broken === null,
    checked: chain.scoped.checked,
    firstSeq: chain.scoped.first,
    lastSeq: chain.scoped.last,
    head: chain.head,
    brokenSeq: broken?.seq ?? null,
    brokenInScope: broken !== null && (scope.townshipId === null || broken.townshipId === scope.townshipId),
    why: broken ? BREAK_REASON_LABELS[broken.why] : null,
  };
}
