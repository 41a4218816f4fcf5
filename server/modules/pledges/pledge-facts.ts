import { and, count, eq, isNull, ne, or } from 'drizzle-orm';
import { participants, pledgeSets } from '../../db/schema/index.ts';
import type { TransitionFactsProvider } from '../campaigns/campaign-hooks.ts';

/** pledging → fulfilment is refused while any active participant's set is not approved by the township. */
export const pledgeTransitionFacts: TransitionFactsProvider = async (db, campaign) => {
  const [row] = await db
    .select({ n: count() })
    .from(participants)
    .leftJoin(pledgeSets, eq(pledgeSets.participantId, participants.id))
    .where(
      and(
        eq(participants.campaignId, campaign.id),
        eq(participants.excluded, false),
        or(isNull(pledgeSets.id), ne(pledgeSets.status, 'approved')),
      ),
    );
  return { unapprovedPledgeSets: row?.n ?? 0 };
};
