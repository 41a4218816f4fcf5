import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { campaigns, users } from '../../db/schema/index.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { submitToCounty } from './county-report.service.ts';

/**
 * A finished year's report to the county: the township office of the campaign submits its result
 * table and summary (default text). Call it once every participant of the campaign has a final
 * grade (after each part's demo year and the results' review), before the year is archived.
 */
export async function demoCountyYear(tx: Tx, campaignId: string): Promise<void> {
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new Error(`demo campaign ${campaignId} missing`);
  const [office] = await tx
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.townshipId, campaign.townshipId), eq(users.role, 'township_office')))
    .orderBy(asc(users.username))
    .limit(1);
  if (!office) throw new Error('the demo township has no office account');
  // After the results' 公示期 (published 23 December): early January of the next year.
  const submittedAt = new Date(`${campaign.year + 1}-01-08T16:00:00+08:00`);
  await submitToCounty(tx, await demoActor(tx, office.username), campaignId, {}, submittedAt);
}
