import { and, eq } from 'drizzle-orm';
import { type Database, openDatabase } from '../server/db/client.ts';
import { campaigns, townships } from '../server/db/schema/index.ts';
import type { E2EOptions } from './harness.ts';

/**
 * A `prepare` (startE2E) that opens the file's copy of the demo, finds 愚公乡's campaign of `year`
 * and hands it to `change`, then closes the copy before its server starts.
 */
export function prepareDemoYear(
  year: number,
  change: (database: Database, campaignId: string) => Promise<void>,
): NonNullable<E2EOptions['prepare']> {
  return async (target) => {
    const database = await openDatabase(target);
    try {
      const [campaign] = await database.db
        .select({ id: campaigns.id })
        .from(campaigns)
        .innerJoin(townships, eq(townships.id, campaigns.townshipId))
        .where(and(eq(campaigns.year, year), eq(townships.name, '愚公乡')));
      if (!campaign) throw new Error(`the demo has no ${year} campaign of 愚公乡`);
      await change(database, campaign.id);
    } finally {
      await database.close();
    }
  };
}
