import {
  ARCHIVE_FORMAT,
  type ArchiveManifest,
  CHECKSUMS_PATH,
  EVIDENCE_MODULE,
  evidenceNameHash,
  evidencePath,
  MANIFEST_PATH,
  parseChecksums,
  README_PATH,
} from './manifest.ts';
import { sealHashOf } from './seal-digest.ts';

/**
 * The offline check of an archive package (npm run archive:verify PACKAGE.zip): from what was read
 * out of the zip, every difference from its manifest and from its seal, each naming the entry, in
 * Chinese. Pure: the caller unpacks, hashes and re-digests (with the seal's own digestOf).
 */

export type EntryFacts = { sha256: string; size: number };

/** The files module's sealed evidence, as data/files.json lists it. */
export type SealedEvidence = {
  /** The SHA-256 of every stored copy of every attached file (computed from the bytes at sealing). */
  copies: ReadonlySet<string>;
  /** Each attached file's main copy, which the package must carry. */
  main: readonly { sha256: string; mediaType: string }[];
};

export type PackageFacts = {
  /** Every entry of the zip but folders: its path → the SHA-256 and size of its bytes. */
  entries: ReadonlyMap<string, EntryFacts>;
  /** Paths the zip holds more than once. */
  duplicates: readonly string[];
  /** Entries that could not be unpacked. */
  unreadable: readonly string[];
  manifestText: string | null;
  checksumsText: string | null;
  readmeText: string | null;
  /** Each data/*.json: the digest of its records, or null when it is not a records file. */
  dataDigests: ReadonlyMap<string, string | null>;
  /** From data/files.json; null when it is missing or unreadable. */
  evidence: SealedEvidence | null;
};

export type PackageProblem = { path: string | null; message: string };

const HEX64 = /^[0-9a-f]{64}$/;
const FIXED = new Set([MANIFEST_PATH, CHECKSUMS_PATH, README_PATH]);

/** Reads the copies and main copies out of the files module's sealed records (null if not that shape). */
export function sealedEvidenceOf(records: unknown): SealedEvidence | null {
  if (typeof records !== 'object' || records === null) return null;
  const { files, copies } = records as { files?: unknown; copies?: unknown };
  if (!Array.isArray(files) || !Array.isArray(copies)) return null;
  const copyHashes = copies.map((c) => (c as { bytesSha256?: unknown }).bytesSha256);
  const main = files.map((f) => f as { sha256?: unknown; mediaType?: unknown });
  if (!copyHashes.every((h) => typeof h === 'string')) return null;
  if (!main.every((f) => typeof f.sha256 === 'string' && typeof f.mediaType === 'string')) return null;
  return {
    copies: new Set(copyHashes as string[]),
    main: main.map((f) => ({ sha256: f.sha256 as string, mediaType: f.mediaType as string })),
  };
}

/** The manifest if the text is one (the shape this version writes), else why not. */
export function parseManifest(text: string): ArchiveManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'manifest.json 不是有效的 JSON（清单被改动或损坏）';
  }
  const m = value as Partial<ArchiveManifest> | null;
  if (typeof m !== 'object' || m === null || m.format !== ARCHIVE_FORMAT) {
    return `manifest.json 不是本系统的归档包清单（应为格式 ${ARCHIVE_FORMAT}）`;
  }
  const entriesOk =
    Array.isArray(m.entries) &&
    m.entries.every(
      (e) => typeof e?.path === 'string' && HEX64.test(String(e.sha256)) && Number.isInteger(e.size),
    );
  const modulesOk =
    Array.isArray(m.modules) &&
    m.modules.every(
      (x) => typeof x?.name === 'string' && typeof x.label === 'string' && typeof x.path === 'string',
    );
  const sealOk =
    typeof m.seal?.hash === 'string' &&
    typeof m.seal.parts === 'object' &&
    m.seal.parts !== null &&
    Object.values(m.seal.parts).every((p) => typeof p?.digest === 'string');
  if (!entriesOk || !modulesOk || !sealOk || typeof m.campaign !== 'object' || m.campaign === null) {
    return 'manifest.json 缺少或改动了必需的内容（文件清单、各部分记录或封存值）';
  }
  return m as ArchiveManifest;
}

/** Collects at most one problem per entry (the first found names it best), in the order found. */
class Problems {
  private readonly byPath = new Map<string, PackageProblem>();
  private readonly general: PackageProblem[] = [];
  add(path: string | null, message: string) {
    if (path === null) this.general.push({ path, message });
    else if (!this.byPath.has(path)) this.byPath.set(path, { path, message });
  }
  has = (path: string) => this.byPath.has(path);
  list = (): PackageProblem[] => [...this.general, ...this.byPath.values()];
}

/** manifest.json against manifest.sha256 and README.txt, which both carry its SHA-256. */
function checkManifestHash(facts: PackageFacts, checksums: Map<string, string> | null, problems: Problems) {
  const actual = facts.entries.get(MANIFEST_PATH)?.sha256;
  if (!actual) return false;
  let intact = true;
  if (checksums && checksums.get(MANIFEST_PATH) !== actual) {
    problems.add(MANIFEST_PATH, 'manifest.json 已被改动（其 SHA-256 与 manifest.sha256 中记载的不符）');
    intact = false;
  }
  if (facts.readmeText !== null && !facts.readmeText.includes(actual)) {
    if (intact) problems.add(README_PATH, 'README.txt 中记载的清单 SHA-256 与 manifest.json 不符');
    intact = false;
  }
  const readme = facts.entries.get(README_PATH)?.sha256;
  if (readme && checksums && checksums.get(README_PATH) !== readme) {
    problems.add(README_PATH, 'README.txt 已被改动（其 SHA-256 与 manifest.sha256 中记载的不符）');
  }
  return intact;
}

/** Each data file re-digested against its module's seal part, and the seal over the parts. */
function checkSeal(manifest: ArchiveManifest, facts: PackageFacts, problems: Problems) {
  const parts = manifest.seal.parts;
  for (const module of manifest.modules) {
    const part = parts[module.name];
    const digest = facts.dataDigests.get(module.path);
    if (!facts.entries.has(module.path)) continue; // named as missing below
    if (digest === null || digest === undefined) {
      problems.add(module.path, `${module.path}（${module.label}）不是有效的记录文件（已被改动或损坏）`);
    } else if (!part) {
      problems.add(module.path, `${module.path}（${module.label}）不在封存的各部分中`);
    } else if (digest !== part.digest) {
      problems.add(module.path, `${module.path}（${module.label}）的记录已被改动，与封存的校验值不符`);
    }
  }
  for (const name of Object.keys(parts)) {
    if (!manifest.modules.some((m) => m.name === name)) {
      problems.add(null, `封存的“${name}”部分在包中没有对应的记录文件`);
    }
  }
  if (sealHashOf(parts) !== manifest.seal.hash) {
    problems.add(null, '清单中的封存值与各部分的校验值不符（manifest.json 中的封存记录被改动）');
  }
}

/** Every entry against the manifest (and manifest.sha256): changed, missing, extra. */
function checkEntries(
  manifest: ArchiveManifest,
  facts: PackageFacts,
  checksums: Map<string, string> | null,
  manifestIntact: boolean,
  problems: Problems,
) {
  const listed = new Set<string>();
  for (const entry of manifest.entries) {
    listed.add(entry.path);
    const actual = facts.entries.get(entry.path);
    if (!actual) {
      problems.add(entry.path, `缺少 ${entry.path}（清单中有，包中没有）`);
    } else if (actual.sha256 !== entry.sha256 || actual.size !== entry.size) {
      // A file that still matches manifest.sha256 while the manifest itself was altered: the manifest's line changed.
      const byChecksums = !manifestIntact && checksums?.get(entry.path) === actual.sha256;
      if (byChecksums) problems.add(MANIFEST_PATH, `manifest.json 中 ${entry.path} 的记载已被改动`);
      else problems.add(entry.path, `${entry.path} 已被改动（SHA-256 与清单不符）`);
    } else if (checksums && checksums.get(entry.path) !== entry.sha256) {
      problems.add(CHECKSUMS_PATH, `manifest.sha256 中 ${entry.path} 的记载与清单不符`);
    }
  }
  for (const path of facts.entries.keys()) {
    if (!listed.has(path) && !FIXED.has(path)) problems.add(path, `多出 ${path}（清单中没有这个文件）`);
  }
}

/** The evidence files against the files module's sealed records: named by their hash, sealed, complete. */
function checkEvidence(manifest: ArchiveManifest, facts: PackageFacts, problems: Problems) {
  if (!manifest.modules.some((m) => m.name === EVIDENCE_MODULE)) return;
  const evidence = facts.evidence;
  if (!evidence) return; // its data file is named above
  for (const [path, actual] of facts.entries) {
    if (!path.startsWith('files/')) continue;
    const named = evidenceNameHash(path);
    if (named === null) problems.add(path, `${path} 不是证明材料的文件名（应为 files/<SHA-256>.<扩展名>）`);
    else if (named !== actual.sha256) problems.add(path, `${path} 已被改动（内容与文件名中的 SHA-256 不符）`);
    else if (!evidence.copies.has(actual.sha256)) problems.add(path, `${path} 不在封存的证明材料中`);
  }
  for (const file of evidence.main) {
    const path = evidencePath(file.sha256, file.mediaType);
    if (!facts.entries.has(path)) problems.add(path, `缺少封存的证明材料 ${path}`);
  }
}

/** Every difference of the package from its manifest and its seal; empty when it is intact. */
export function packageProblems(facts: PackageFacts): PackageProblem[] {
  const problems = new Problems();
  for (const path of facts.duplicates) problems.add(path, `${path} 在包中出现了不止一次`);
  for (const path of facts.unreadable) problems.add(path, `${path} 无法解压（包已损坏）`);
  if (facts.manifestText === null) {
    problems.add(MANIFEST_PATH, '缺少 manifest.json（清单），无法核对');
    return problems.list();
  }
  const manifest = parseManifest(facts.manifestText);
  if (typeof manifest === 'string') {
    problems.add(MANIFEST_PATH, manifest);
    return problems.list();
  }
  const checksums = facts.checksumsText === null ? null : parseChecksums(facts.checksumsText);
  if (facts.checksumsText === null) problems.add(CHECKSUMS_PATH, '缺少 manifest.sha256');
  else if (!checksums) problems.add(CHECKSUMS_PATH, 'manifest.sha256 的格式已被改动');
  if (facts.readmeText === null) problems.add(README_PATH, '缺少 README.txt');
  const manifestIntact = checkManifestHash(facts, checksums, problems);
  checkSeal(manifest, facts, problems);
  checkEntries(manifest, facts, checksums, manifestIntact, problems);
  checkEvidence(manifest, facts, problems);
  return problems.list();
}
