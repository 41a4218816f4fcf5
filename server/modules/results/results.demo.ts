/**
 * A finished year of results for the demo (ROUND4: the lead builds the archived 2025 year with it,
 * after the other parts' demo*Year functions): the office confirms the complete results and
 * publishes them for the config's 公示期, dated in December of that year.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { campaigns } from '../../db/schema/index.ts';
import { freezeProblems } from '../../domain/evaluation/final.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { freezeResults, publishResults } from './results.service.ts';
import { previewResults, resultsDigest } from './results-read.ts';

export async function demoResultsYear(
  tx: Tx,
  campaignId: string,
  _options: { complete: true },
): Promise<void> {
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new Error(`demo: no campaign ${campaignId}`);
  const frozenAt = new Date(`${campaign.year}-12-22T02:00:00Z`);
  const preview = await previewResults(tx, campaignId, campaign.config, frozenAt);
  const problems = freezeProblems(preview);
  if (problems.length > 0)
    throw new Error(`demo: ${campaign.year} results are not complete: ${problems.join('; ')}`);
  const office = await demoActor(tx, 'office');
  await freezeResults(tx, office, campaignId, { digest: resultsDigest(preview) }, frozenAt);
  await publishResults(tx, office, campaignId, { startDate: `${campaign.year}-12-23` }, frozenAt);
}
