import type { Tx } from '../../db/client.ts';
import { suggestedNotice } from '../../domain/rewards/commendation-text.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { issueNotice, saveNotice } from './commendation.service.ts';
import { honouredGrade, honoureesOf } from './commendation-read.ts';
import { setBases, signSheet } from './pay.service.ts';
import { rewardsYear } from './rewards-year.ts';

/** The demo's monthly-equivalent yearly bases (元) by the posts a cadre holds. */
const BASE_BY_POSTS = (posts: readonly string[]) =>
  posts.length > 1 ? '24000' : posts[0] === '村委会主任' ? '19800' : '21600';

/**
 * A finished year's 绩效工资 and 评选表彰 for the demo: in the January after, the office enters every
 * cadre's base, signs off the pay sheet, and issues the commendation of the year's 优秀 cadres (published
 * on the boards from the 20th).
 */
export async function demoRewardsYear(tx: Tx, campaignId: string): Promise<void> {
  const office = await demoActor(tx, 'office');
  const year = await rewardsYear(tx, office, campaignId);
  const next = year.campaign.year + 1;
  await setBases(tx, office, campaignId, {
    bases: year.results.map((r) => ({ participantId: r.participantId, base: BASE_BY_POSTS(r.posts) })),
  });
  await signSheet(tx, office, campaignId, new Date(`${next}-01-15T10:00:00+08:00`));
  const honourees = honoureesOf(year);
  if (honourees.length === 0) return;
  const text = suggestedNotice(year.townshipName, year.campaign.year, honouredGrade(year), honourees);
  await saveNotice(tx, office, campaignId, { ...text, noticeDate: `${next}-01-20` });
  await issueNotice(tx, office, campaignId, {
    startDate: `${next}-01-20`,
    at: new Date(`${next}-01-20T09:00:00+08:00`),
  });
}
