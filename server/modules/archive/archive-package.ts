import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { ROOT_DIR } from '../../config.ts';
import { conflict } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { counties, fileBlobs, townships } from '../../db/schema/index.ts';
import {
  ARCHIVE_FORMAT,
  type ArchiveManifest,
  CHECKSUMS_PATH,
  checksumLines,
  dataPath,
  documentPath,
  EVIDENCE_MODULE,
  evidencePath,
  MANIFEST_PATH,
  type ManifestEntry,
  type ManifestModule,
  README_PATH,
  uniquePath,
} from '../../domain/archive/manifest.ts';
import { readmeText } from '../../domain/archive/readme.ts';
import { digestOf, plainRecords, sealHashOf } from '../../domain/archive/seal-digest.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import type { ZipFileWriter } from './package-zip.ts';

/**
 * The archive package of a sealed year (layout: server/domain/archive/manifest.ts), written entry by
 * entry into a zip: each module's sealed records as data/<module>.json (re-read and checked against
 * the seal first: a package is only made of records that still hash to it), its generated
 * documents, the evidence files one by one from the file store, then the manifest over all of them.
 */

const GENERATOR = {
  name: 'village-pledge',
  version: (JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }).version,
};

export type SealedCampaign = CampaignRow & {
  sealHash: string;
  sealParts: NonNullable<CampaignRow['sealParts']>;
};

export type PackageResult = { manifestSha256: string; entries: number; bytes: number };

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Already-compressed content (photos, .docx/.xlsx are zips, PDF streams) is stored, not deflated again. */
const compressible = (path: string) => /\.(json|txt|csv|xml|html)$/i.test(path);

/** Each sealed module's records, checked against its stored digest, as data/<module>.json. */
async function writeData(
  db: Queryable,
  campaign: SealedCampaign,
  modules: readonly ModuleDefinition[],
  zip: ZipFileWriter,
) {
  const changed: string[] = [];
  const written: { module: ManifestModule; entry: ManifestEntry; records: Record<string, object[]> }[] = [];
  for (const [name, stored] of Object.entries(campaign.sealParts)) {
    const module = modules.find((m) => m.name === name);
    const records = module?.seal ? await module.seal.records(db, campaign, stored.anchor) : null;
    if (!records || digestOf(records) !== stored.digest) {
      changed.push(module?.label ?? name);
      continue;
    }
    if (changed.length > 0) continue;
    const plain = plainRecords(records);
    const path = dataPath(name);
    const entry = await zip.add(path, utf8(`${JSON.stringify(plain, null, 2)}\n`), true);
    written.push({
      module: { name, label: module!.label, path },
      entry,
      records: name === EVIDENCE_MODULE ? plain : {},
    });
  }
  if (changed.length > 0 || sealHashOf(campaign.sealParts) !== campaign.sealHash) {
    const what = changed.length > 0 ? `归档后被改动的记录：${changed.join('、')}` : '封存记录本身被改动';
    throw conflict(
      'SEAL_BROKEN',
      `该年度的封存校验失败（${what}），不能生成归档包，请先运行 npm run archive:verify 查明`,
    );
  }
  return written;
}

/** Every module's generated documents under documents/, names made safe and unique. */
async function writeDocuments(
  db: Queryable,
  campaign: CampaignRow,
  modules: readonly ModuleDefinition[],
  zip: ZipFileWriter,
) {
  const entries: ManifestEntry[] = [];
  const taken = new Set<string>();
  for (const { archiveDocuments } of modules) {
    if (!archiveDocuments) continue;
    for (const doc of await archiveDocuments(db, campaign)) {
      const path = uniquePath(documentPath(doc.path), taken);
      taken.add(path);
      entries.push(await zip.add(path, doc.bytes, compressible(path)));
    }
  }
  return entries;
}

type SealedFile = { id: string; sha256: string };

/**
 * The evidence the files module sealed, each file's main copy (a photo's EXIF-free display copy, a
 * document's original) read from the store one at a time, so the year's photos pass through memory
 * one by one; each is named by the SHA-256 of its bytes.
 */
async function writeEvidence(db: Queryable, sealedFiles: readonly SealedFile[], zip: ZipFileWriter) {
  const entries: ManifestEntry[] = [];
  const taken = new Set<string>();
  for (const file of sealedFiles) {
    // The main copy is the one whose hash the file row carries (the store writes it first).
    const [blob] = await db
      .select({ bytes: fileBlobs.bytes, mediaType: fileBlobs.mediaType })
      .from(fileBlobs)
      .where(and(eq(fileBlobs.fileId, file.id), eq(fileBlobs.sha256, file.sha256)))
      .limit(1);
    if (!blob) continue; // the seal holds its copies' hashes; the verifier names it missing
    const path = evidencePath(file.sha256, blob.mediaType);
    if (taken.has(path)) continue; // one file attached twice is one entry
    taken.add(path);
    entries.push(await zip.add(path, blob.bytes, false));
  }
  return entries;
}

async function placeOf(db: Queryable, campaign: CampaignRow) {
  const [row] = await db
    .select({ township: townships.name, timeZone: townships.timeZone, county: counties.name })
    .from(townships)
    .innerJoin(counties, eq(counties.id, townships.countyId))
    .where(eq(townships.id, campaign.townshipId));
  return row ?? { township: '', timeZone: 'Asia/Shanghai', county: '' };
}

/** Writes the whole package into `zip` (the caller opened it and finishes it). */
export async function writeArchivePackage(
  db: Queryable,
  campaign: SealedCampaign,
  modules: readonly ModuleDefinition[],
  zip: ZipFileWriter,
  generatedAt: Date,
): Promise<Omit<PackageResult, 'bytes'>> {
  const data = await writeData(db, campaign, modules, zip);
  const documents = await writeDocuments(db, campaign, modules, zip);
  const filesRecords = data.find((d) => d.module.name === EVIDENCE_MODULE)?.records.files ?? [];
  const evidence = await writeEvidence(db, filesRecords as SealedFile[], zip);
  const place = await placeOf(db, campaign);
  const anchor = campaign.sealParts.audit?.anchor as ArchiveManifest['auditChainHead'] | undefined;
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    generator: GENERATOR,
    generatedAt: generatedAt.toISOString(),
    campaign: {
      id: campaign.id,
      year: campaign.year,
      countyId: campaign.countyId,
      county: place.county,
      townshipId: campaign.townshipId,
      township: place.township,
      timeZone: place.timeZone,
      sealedAt: campaign.sealedAt?.toISOString() ?? null,
    },
    seal: { hash: campaign.sealHash, parts: campaign.sealParts },
    auditChainHead: anchor ?? null,
    modules: data.map((d) => d.module),
    entries: [...data.map((d) => d.entry), ...documents, ...evidence],
  };
  const manifestEntry = await zip.add(MANIFEST_PATH, utf8(`${JSON.stringify(manifest, null, 2)}\n`), true);
  const readme = await zip.add(README_PATH, utf8(readmeText(manifest, manifestEntry.sha256)), true);
  await zip.add(CHECKSUMS_PATH, utf8(checksumLines([manifestEntry, readme, ...manifest.entries])), true);
  return { manifestSha256: manifestEntry.sha256, entries: manifest.entries.length + 3 };
}
