import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { campaigns } from '../../db/schema/index.ts';
import { letterDueDaysOf } from '../../domain/campaign-config.ts';
import { addDays } from '../../domain/letters.ts';

/** Days the office has to answer a letter of this campaign (a letter without one: the default). */
export async function letterDueDays(db: Queryable, campaignId: string | null): Promise<number> {
  if (!campaignId) return letterDueDaysOf(null);
  const [row] = await db
    .select({ config: campaigns.config })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  return letterDueDaysOf(row?.config);
}

/** The answer due date of a letter of this campaign assigned (or reopened) on `on`. */
export const letterDueOn = async (db: Queryable, campaignId: string | null, on: string) =>
  addDays(on, await letterDueDays(db, campaignId));
