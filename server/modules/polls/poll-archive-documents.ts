import { asc, eq, inArray } from 'drizzle-orm';
import { polls, villages } from '../../db/schema/index.ts';
import type { ArchiveDocuments } from '../archive/archive-hooks.ts';
import { pollRecordDocx } from './poll-record.ts';
import { campaignPollIds } from './polls.module.ts';

/** The archive package's 表决结果记录: one per certified poll of the year (a correction has its own). */
export const pollArchiveDocuments: ArchiveDocuments = async (db, campaign) => {
  const scope = { countyId: campaign.countyId, townshipId: campaign.townshipId, villageId: null };
  const ids = await campaignPollIds(db, campaign.id);
  if (ids.length === 0) return [];
  const certified = await db
    .select({ id: polls.id, title: polls.title, status: polls.status, village: villages.name })
    .from(polls)
    .innerJoin(villages, eq(villages.id, polls.villageId))
    .where(inArray(polls.id, ids))
    .orderBy(asc(villages.name), asc(polls.createdAt));
  const documents = [];
  for (const poll of certified.filter((p) => p.status === 'certified')) {
    const bytes = await pollRecordDocx(db, scope, poll.id);
    documents.push({ path: `表决结果记录/${poll.village} ${poll.title} 表决结果记录.docx`, bytes });
  }
  return documents;
};
