import type { SealDigests } from './seal-digest.ts';

/**
 * The archive package of a sealed year (DESIGN §2, archived): what it holds and where.
 *
 *   manifest.json          this manifest: the year, its seal, the SHA-256 and size of every entry below
 *   data/<module>.json     each module's sealed records, exactly as the seal hashed them
 *   documents/<kind>/…     the documents generated from them (承诺书, 表决结果记录, …)
 *   files/<sha256>.<ext>   the evidence attached to the year's records, named by the SHA-256 of its bytes
 *   README.txt             what the package is and how to check it (中文), with the manifest's SHA-256
 *   manifest.sha256        `sha256sum -c` lines for manifest.json, README.txt and every entry
 *
 * Evidence is each file's main stored copy: a photo's display copy (the EXIF-free re-encoded JPEG the
 * file store keeps; no camera original is stored) and a document as uploaded. Thumbnails are left out.
 */
export const ARCHIVE_FORMAT = 'village-pledge-archive/1';
export const MANIFEST_PATH = 'manifest.json';
export const CHECKSUMS_PATH = 'manifest.sha256';
export const README_PATH = 'README.txt';
/** The module whose sealed records list the evidence files and the SHA-256 of each stored copy. */
export const EVIDENCE_MODULE = 'files';

export type ManifestEntry = { path: string; sha256: string; size: number };
export type ManifestModule = { name: string; label: string; path: string };

export type ArchiveManifest = {
  format: typeof ARCHIVE_FORMAT;
  generator: { name: string; version: string };
  /** When the package was built (ISO instant). */
  generatedAt: string;
  campaign: {
    id: string;
    year: number;
    countyId: string;
    county: string;
    townshipId: string;
    township: string;
    timeZone: string;
    sealedAt: string | null;
  };
  seal: { hash: string; parts: SealDigests };
  /** The county's audit chain head at sealing (the audit module's anchor), null for an empty chain. */
  auditChainHead: { seq: number; hash: string } | null;
  /** The sealed modules, each with its data file. */
  modules: ManifestModule[];
  /** Every entry but manifest.json, README.txt and manifest.sha256. */
  entries: ManifestEntry[];
};

export const dataPath = (module: string) => `data/${module}.json`;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

export const evidencePath = (sha256: string, mediaType: string) =>
  `files/${sha256}.${EXTENSIONS[mediaType] ?? 'bin'}`;

/** The SHA-256 an evidence entry's name claims (files/<sha256>.<ext>), or null for another entry. */
export function evidenceNameHash(path: string): string | null {
  return /^files\/([0-9a-f]{64})\.[a-z0-9]+$/.exec(path)?.[1] ?? null;
}

/** Characters a file name in a package may not carry (Windows and zip tools refuse or misread them). */
const UNSAFE = /[\\:*?"<>|]/g;
const safeSegment = (segment: string) =>
  [...segment.replace(UNSAFE, '_')]
    .map((c) => (c.charCodeAt(0) < 0x20 ? '_' : c))
    .join('')
    .trim();

/**
 * A document's path inside documents/: each segment cleaned of characters file systems refuse, no
 * empty, '.' or '..' segment (nothing may land outside the folder when unpacked).
 */
export function documentPath(relative: string): string {
  const segments = relative
    .split('/')
    .map(safeSegment)
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  return `documents/${segments.join('/') || '文件'}`;
}

/** Makes a path unique among those taken: 'a.docx', then 'a（2）.docx', 'a（3）.docx'… */
export function uniquePath(path: string, taken: ReadonlySet<string>): string {
  if (!taken.has(path)) return path;
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  const [stem, ext] = dot > slash ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}（${n}）${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** manifest.sha256: one `sha256sum` line per entry (two spaces: text mode, as sha256sum writes it). */
export const checksumLines = (entries: readonly ManifestEntry[]): string =>
  entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');

/** The lines of a manifest.sha256, path → SHA-256 (null when a line is not a checksum line). */
export function parseChecksums(text: string): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    if (!match) return null;
    map.set(match[2]!, match[1]!);
  }
  return map;
}
