import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { auditLog, campaigns, townships } from '../../db/schema/index.ts';
import { DEFAULT_TIME_ZONE, formatLocalDateTime } from '../../domain/local-time.ts';
import { type ArchiveFacts, archiveActions, archiveRefusal } from '../../domain/policies/archive.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { type PackageResult, type SealedCampaign, writeArchivePackage } from './archive-package.ts';
import { ZipFileWriter } from './package-zip.ts';

/** The audit action of a download (its entries list the packages issued). */
export const DOWNLOAD_ACTION = 'archive.download';

const factsOf = (actor: Actor, campaign: CampaignRow): ArchiveFacts => ({
  actor: { role: actor.role },
  phase: campaign.phase,
  sealed: campaign.sealHash !== null,
  sealedByModule: campaign.sealParts !== null,
});

async function townshipOf(db: Queryable, campaign: CampaignRow) {
  const [township] = await db
    .select({ name: townships.name, timeZone: townships.timeZone })
    .from(townships)
    .where(eq(townships.id, campaign.townshipId));
  return township ?? { name: '', timeZone: DEFAULT_TIME_ZONE };
}

const packageName = (township: string, year: number) => `${township}${year}年度考评归档包.zip`;

/** Why the package cannot be had now, for those whose role may download one (null otherwise). */
function unavailableReason(facts: ArchiveFacts): string | null {
  const refusal = archiveRefusal(facts, 'download');
  return refusal && refusal.kind !== 'forbidden' ? refusal.message : null;
}

/** The archive section of a campaign: its seal, what the caller may do, and the packages issued so far. */
export async function archiveView(db: Queryable, actor: Actor, campaignId: string) {
  const campaign = await findInScope(db, campaigns, actor.scope, campaignId, '考评活动');
  const facts = factsOf(actor, campaign);
  const township = await townshipOf(db, campaign);
  const local = (at: Date) => formatLocalDateTime(at, township.timeZone);
  const issued = await db
    .select({ at: auditLog.at, by: auditLog.actorName, after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.countyId, campaign.countyId),
        eq(auditLog.action, DOWNLOAD_ACTION),
        eq(auditLog.entity, 'campaign'),
        eq(auditLog.entityId, campaign.id),
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(20);
  return {
    campaignId: campaign.id,
    year: campaign.year,
    sealHash: campaign.sealHash,
    sealedAt: campaign.sealedAt ? local(campaign.sealedAt) : null,
    fileName: packageName(township.name, campaign.year),
    allowedActions: archiveActions(facts),
    unavailableReason: unavailableReason(facts),
    packages: issued.map((row) => {
      const after = (row.after ?? {}) as { manifestSha256?: string; bytes?: number };
      return {
        at: local(row.at),
        by: row.by,
        manifestSha256: after.manifestSha256 ?? '',
        bytes: after.bytes ?? 0,
      };
    }),
  };
}

export type BuiltPackage = PackageResult & { fileName: string };

/** A fresh temporary file for a package being built. */
export const temporaryPackagePath = () => join(tmpdir(), `vp-archive-${randomUUID()}.zip`);

/**
 * Builds the archive package of an archived campaign into the file at `path` (the caller streams it
 * out and deletes it, whatever happens) and records the download in the audit log with the manifest's SHA-256, so a
 * package handed on can be matched to the issue it came from.
 */
export async function buildArchivePackage(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  modules: readonly ModuleDefinition[],
  path: string,
): Promise<BuiltPackage> {
  const campaign = await findInScope(tx, campaigns, actor.scope, campaignId, '考评活动');
  const refusal = archiveRefusal(factsOf(actor, campaign), 'download');
  if (refusal) throw refusal;
  const generatedAt = new Date();
  const zip = new ZipFileWriter(path, generatedAt);
  try {
    const written = await writeArchivePackage(tx, campaign as SealedCampaign, modules, zip, generatedAt);
    const result = { ...written, bytes: await zip.finish() };
    await appendAudit(tx, asAuditActor(actor), {
      action: 'archive.download',
      entity: 'campaign',
      entityId: campaign.id,
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      after: { year: campaign.year, sealHash: campaign.sealHash, ...result },
    });
    return { ...result, fileName: packageName((await townshipOf(tx, campaign)).name, campaign.year) };
  } catch (error) {
    zip.abort();
    throw error;
  }
}
