import { createHash } from 'node:crypto';

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

/** The last entry of a chain, or where the next one continues from: its seq and its hash. */
export type ChainHead = { seq: number; hash: string };

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

/** A chain head written down elsewhere (on a document): seq and the hash or its first hex digits. */
export type RecordedHead = { seq: number; hash: string };

/** How many hex digits of the hash a document prints: enough to tell any two heads apart. */
export const PRINTED_HASH_DIGITS = 16;
const MIN_HASH_DIGITS = 8;

/** '35:ab12cd34ef567890' → { seq: 35, hash: 'ab12cd34ef567890' }; null when it is not of that form. */
export function parseRecordedHead(value: string): RecordedHead | null {
  const match = /^(\d{1,15}):([0-9a-fA-F]+)$/.exec(value.trim());
  if (!match) return null;
  const seq = Number(match[1]);
  const hash = match[2]!.toLowerCase();
  if (seq < 1 || hash.length < MIN_HASH_DIGITS || hash.length > 64) return null;
  return { seq, hash };
}

export type HeadFinding =
  /** Entries `from`..`to` existed when the head was recorded and are gone now. */
  | { kind: 'removed'; from: number; to: number }
  /** The chain's entry at the recorded seq has another hash: the chain was rewritten from there. */
  | { kind: 'replaced'; seq: number };

/**
 * Compares a recorded head with the chain as it is: `head` is its last entry now, `hashAtSeq` the
 * hash of its entry at the recorded seq (null when there is none). Null: the recorded head is there.
 */
export function checkRecordedHead(
  recorded: RecordedHead,
  head: ChainHead,
  hashAtSeq: string | null,
): HeadFinding | null {
  if (head.seq < recorded.seq) return { kind: 'removed', from: head.seq + 1, to: recorded.seq };
  if (hashAtSeq === null || !hashAtSeq.startsWith(recorded.hash))
    return { kind: 'replaced', seq: recorded.seq };
  return null;
}

/** The head as a document prints it: "审计链（示范县）：第 35 条 · 哈希 ab12cd34ef567890…". */
export function chainHeadLine(head: ChainHead, countyName?: string | null): string {
  const chain = countyName ? `审计链（${countyName}）` : '审计链';
  if (head.seq === 0) return `${chain}：尚无记录`;
  return `${chain}：第 ${head.seq} 条 · 哈希 ${head.hash.slice(0, PRINTED_HASH_DIGITS)}…`;
}
