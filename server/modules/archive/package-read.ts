import {
  CHECKSUMS_PATH,
  dataPath,
  EVIDENCE_MODULE,
  MANIFEST_PATH,
  README_PATH,
} from '../../domain/archive/manifest.ts';
import {
  type EntryFacts,
  type PackageFacts,
  type SealedEvidence,
  sealedEvidenceOf,
} from '../../domain/archive/package-check.ts';
import { digestOf, type SealRecords, sha256Hex } from '../../domain/archive/seal-digest.ts';
import { zipEntry, zipEntryNames } from './package-zip.ts';

/**
 * What the offline check needs from a package, read from the zip alone (no database): each entry's
 * SHA-256 and size, the texts of the manifest, checksums and README, each data file's records
 * re-digested with the seal's own digestOf, and the files module's sealed evidence.
 */

const decoder = new TextDecoder('utf-8', { fatal: true });
const text = (bytes: Uint8Array): string | null => {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
};

/** A records file: an object of named lists of rows, as data/<module>.json holds it. */
function recordsOf(bytes: Uint8Array): SealRecords | null {
  const body = text(bytes);
  if (body === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const lists = Object.values(value);
  return lists.every((l) => Array.isArray(l) && l.every((r) => typeof r === 'object' && r !== null))
    ? (value as SealRecords)
    : null;
}

export function readPackageFacts(zip: Uint8Array): PackageFacts {
  const names = zipEntryNames(zip);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const unreadable: string[] = [];
  const entries = new Map<string, EntryFacts>();
  const dataDigests = new Map<string, string | null>();
  const texts = new Map<string, string | null>();
  let evidence: SealedEvidence | null = null;
  for (const name of names) {
    if (seen.has(name)) {
      duplicates.add(name);
      continue;
    }
    seen.add(name);
    let bytes: Uint8Array | null;
    try {
      bytes = zipEntry(zip, name);
    } catch {
      bytes = null;
    }
    if (!bytes) {
      unreadable.push(name);
      continue;
    }
    entries.set(name, { sha256: sha256Hex(bytes), size: bytes.length });
    if (name === MANIFEST_PATH || name === CHECKSUMS_PATH || name === README_PATH)
      texts.set(name, text(bytes) ?? '');
    if (/^data\/[^/]+\.json$/.test(name)) {
      const records = recordsOf(bytes);
      dataDigests.set(name, records ? digestOf(records) : null);
      if (name === dataPath(EVIDENCE_MODULE) && records) evidence = sealedEvidenceOf(records);
    }
  }
  return {
    entries,
    duplicates: [...duplicates],
    unreadable,
    manifestText: texts.get(MANIFEST_PATH) ?? null,
    checksumsText: texts.get(CHECKSUMS_PATH) ?? null,
    readmeText: texts.get(README_PATH) ?? null,
    dataDigests,
    evidence,
  };
}
