import { and, asc, eq } from 'drizzle-orm';
import { pledgeSets } from '../../db/schema/index.ts';
import type { ArchiveDocuments } from '../archive/archive-hooks.ts';
import { pledgeLetterDocx } from './pledge-letter.ts';

/** The archive package's 承诺书: one per approved pledge set of the year, as the office prints it. */
export const pledgeArchiveDocuments: ArchiveDocuments = async (db, campaign) => {
  const scope = { countyId: campaign.countyId, townshipId: campaign.townshipId, villageId: null };
  const sets = await db
    .select({ id: pledgeSets.id })
    .from(pledgeSets)
    .where(and(eq(pledgeSets.campaignId, campaign.id), eq(pledgeSets.status, 'approved')))
    .orderBy(asc(pledgeSets.villageId), asc(pledgeSets.createdAt));
  const documents = [];
  for (const set of sets) {
    const { buffer, fileName } = await pledgeLetterDocx(db, scope, set.id);
    documents.push({ path: `承诺书/${fileName}`, bytes: buffer });
  }
  return documents;
};
