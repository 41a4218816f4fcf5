import { asc, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { countyReportDrafts, countySubmissions, townships } from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import { documentNames, sha256 } from './county-documents.ts';

/** Every submission of a campaign with its bytes, oldest first. */
const submissionsWithBytes = (db: Queryable, campaignId: string) =>
  db
    .select()
    .from(countySubmissions)
    .where(eq(countySubmissions.campaignId, campaignId))
    .orderBy(asc(countySubmissions.seq));

/**
 * The documents a township submitted to the county for a campaign, every submission's two files
 * exactly as submitted (for the archive package): `第N次上报/<file name>` with their SHA-256.
 */
export async function submittedDocuments(db: Queryable, campaignId: string) {
  const rows = await submissionsWithBytes(db, campaignId);
  if (rows.length === 0) return [];
  const [township] = await db
    .select({ name: townships.name })
    .from(townships)
    .where(eq(townships.id, rows[0]!.townshipId));
  return rows.flatMap((r) => {
    const names = documentNames(township?.name ?? '', r.year);
    return (['xlsx', 'docx'] as const).map((kind) => ({
      path: `第${r.seq}次上报/${names[kind]}`,
      bytes: r[kind],
      sha256: kind === 'xlsx' ? r.xlsxSha256 : r.docxSha256,
    }));
  });
}

/** How many times the campaign's results were submitted to the county (更正 included). */
export async function countySubmissionCount(db: Queryable, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(countySubmissions)
    .where(eq(countySubmissions.campaignId, campaignId));
  return row?.n ?? 0;
}

/** Submissions (each document by the SHA-256 of its bytes as stored) and the summary draft. */
export const countySeal: SealPart = {
  async records(db, campaign) {
    const rows = await submissionsWithBytes(db, campaign.id);
    return {
      countySubmissions: rows.map((r) => ({ ...r, xlsx: sha256(r.xlsx), docx: sha256(r.docx) })),
      countyReportDrafts: await db
        .select()
        .from(countyReportDrafts)
        .where(eq(countyReportDrafts.campaignId, campaign.id)),
    };
  },
};
