import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit-chain.ts';

/**
 * The archive seal's hashing (DESIGN §3: archived years are immutable), shared by the sealing at
 * archiving, the database check and the offline check of an archive package: one function each, so
 * a package's data/*.json re-hashes to the very digests the seal stored.
 */

/** A module's records of a campaign: named lists of rows (each list is hashed in a stable order). */
export type SealRecords = Readonly<Record<string, readonly object[]>>;

/** One module's part of a seal: the digest of its records and what it anchored at sealing. */
export type SealPartDigest = { digest: string; anchor?: unknown };
export type SealDigests = Record<string, SealPartDigest>;

/** Plain JSON, the way jsonb and the wire see it (dates become ISO strings). */
export const plainJson = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

/** One module's records as plain JSON lists, each sorted by its rows' canonical JSON (as hashed). */
export function plainRecords(records: SealRecords): Record<string, object[]> {
  return Object.fromEntries(
    Object.entries(records).map(([name, rows]) => {
      const keyed = rows.map((row) => {
        const plain = plainJson(row) as object;
        return { plain, key: canonicalJson(plain) };
      });
      keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return [name, keyed.map((k) => k.plain)];
    }),
  );
}

/** One module's records as one digest: every list in a stable order (rows sorted by their canonical JSON). */
export function digestOf(records: SealRecords): string {
  const lists = Object.fromEntries(
    Object.entries(records).map(([name, rows]) => [
      name,
      rows.map((r) => canonicalJson(plainJson(r))).sort(),
    ]),
  );
  return sha256Hex(canonicalJson(lists));
}

/** The seal over the parts (each module's digest and anchor): one hash of the whole year. */
export const sealHashOf = (parts: SealDigests): string => sha256Hex(canonicalJson(parts));
