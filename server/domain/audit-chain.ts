import { createHash } from 'node:crypto';

/** The hashed content of an audit entry; `seq` and `at` are included so entries cannot be reordered. */
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

/** The seq of the first entry whose link or hash does not verify, or null when the chain is whole. */
export function firstBrokenEntry(
  entries: Iterable<ChainedEntry>,
  startHash = GENESIS_HASH,
): { seq: number; why: string } | null {
  let prev = startHash;
  for (const e of entries) {
    if (e.prevHash !== prev) return { seq: e.seq, why: 'prev_hash does not match the previous entry' };
    const { prevHash: _p, hash, ...content } = e;
    if (auditHash(prev, content) !== hash) return { seq: e.seq, why: 'hash does not match the content' };
    prev = hash;
  }
  return null;
}
