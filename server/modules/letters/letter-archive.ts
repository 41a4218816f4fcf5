import { eq } from 'drizzle-orm';
import { conflict } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { campaigns } from '../../db/schema/index.ts';

/** A letter of an archived year is under its seal: no step may change it any more. */
export async function assertNotArchived(db: Queryable, campaignId: string | null): Promise<void> {
  if (!campaignId) return;
  const [campaign] = await db
    .select({ phase: campaigns.phase, year: campaigns.year })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (campaign?.phase === 'archived') {
    throw conflict('CAMPAIGN_ARCHIVED', `${campaign.year} 年度考评已归档，这封信不能再办理`);
  }
}
