/** Reading a year's commendation: the saved (or issued) notice, the honourees, the text it shows. */
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { commendationNotices, type Honouree } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { suggestedNotice } from '../../domain/rewards/commendation-text.ts';
import type { RewardsYear } from './rewards-year.ts';

export type NoticeRow = typeof commendationNotices.$inferSelect;

export async function noticeOf(q: Queryable, campaignId: string): Promise<NoticeRow | null> {
  const [row] = await q
    .select()
    .from(commendationNotices)
    .where(eq(commendationNotices.campaignId, campaignId));
  return row ?? null;
}

/** The grade a commendation honours: the best of the year's grade bands (优秀 by default). */
export const honouredGrade = (year: RewardsYear) => year.campaign.config.grades[0]?.label ?? '优秀';

/** The confirmed results of the honoured grade, in rank order. */
export function honoureesOf(year: RewardsYear): Honouree[] {
  const grade = honouredGrade(year);
  return year.results
    .filter((r) => r.grade === grade)
    .map((r) => ({
      participantId: r.participantId,
      name: r.name,
      villageName: r.villageName,
      posts: r.posts,
      grade,
      composite: r.composite,
    }));
}

/** The notice's text: as saved, else the suggested text dated today in the township. */
export function noticeTextOf(year: RewardsYear, notice: NoticeRow | null, honourees: readonly Honouree[]) {
  if (notice) {
    const { title, recipients, body, signature, noticeDate } = notice;
    return { title, recipients, body, signature, noticeDate };
  }
  return {
    ...suggestedNotice(year.townshipName, year.campaign.year, honouredGrade(year), honourees),
    noticeDate: localToday(year.timeZone),
  };
}
