import { createHash } from 'node:crypto';
import type { ChainHead } from './audit-chain-head.ts';

/**
 * The audit log's hash chains (DESIGN §3, §4): one chain per county (and one for entries of no
 * county), each entry hashed over the previous entry's hash and its own canonical content.
 */

/**
 * The hashed content of an audit entry. `seq` is the entry's position in its county's chain (for a
 * legacy row of schema 0000's single global chain: its global seq); `seq` and `at` are hashed so
 * entries cannot be reordered.
 */
export type AuditContent = {
  seq: number;
  at: string;
  countyId: string | null;
  townshipId: string | null;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
};

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the same content always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

export type ChainedEntry = AuditContent & { prevHash: string; hash: string };

/** The head of a chain with no entry yet. */
export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/**
 * Where a chain's own entries continue from on a database upgraded from schema 0000: after the
 * county's legacy rows (its numbering runs on), linked to the hash of the last legacy row of any
 * county (the legacy head), or to the genesis hash when there was no legacy row.
 */
export const chainStart = (legacyRowsOfChain: number, legacyHead: ChainHead | null): ChainHead => ({
  seq: legacyRowsOfChain,
  hash: legacyHead?.hash ?? GENESIS_HASH,
});

export type BreakReason = 'gap' | 'numbering' | 'link' | 'hash' | 'legacy';

/** What each break means, as the verify command and the audit page say it. */
export const BREAK_REASON_LABELS: Record<BreakReason, string> = {
  gap: '序号不连续（它前面的记录被删除了）',
  numbering: '记录的编号被改动过',
  link: '与前一条记录的哈希衔接不上',
  hash: '内容与哈希不符（记录被改动过）',
  legacy: '它所接续的升级前旧记录校验失败',
};

/** A chain breaks at the entry with this (stored) seq. */
export type ChainBreak = { seq: number; why: BreakReason };

/** Why `seq` is not the one after `last`: entries in between are gone, or the numbering was altered. */
export function numberingBreak(last: number, seq: number): BreakReason | null {
  if (seq === last + 1) return null;
  return Number.isInteger(seq) && seq > last + 1 ? 'gap' : 'numbering';
}

/** Why `entry` does not continue the chain at `head` (next seq, linked to its hash, own hash right), or null. */
export function linkBreak(head: ChainHead, entry: ChainedEntry): BreakReason | null {
  const numbering = numberingBreak(head.seq, entry.seq);
  if (numbering) return numbering;
  if (entry.prevHash !== head.hash) return 'link';
  const { prevHash: _p, hash, ...content } = entry;
  return auditHash(head.hash, content) === hash ? null : 'hash';
}

/** Walks entries continuing a chain from `from`: the head reached, how many verified, the first break. */
export function walkChain(
  entries: Iterable<ChainedEntry>,
  from: ChainHead = EMPTY_HEAD,
): { head: ChainHead; verified: number; broken: ChainBreak | null } {
  let head = from;
  let verified = 0;
  for (const entry of entries) {
    const why = linkBreak(head, entry);
    if (why) return { head, verified, broken: { seq: entry.seq, why } };
    head = { seq: entry.seq, hash: entry.hash };
    verified += 1;
  }
  return { head, verified, broken: null };
}
