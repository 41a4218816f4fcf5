import { eq } from 'drizzle-orm';
import {
  pledgeOpinions,
  pledgeOverlapOverrides,
  pledgeRevisions,
  pledgeSetEvents,
  pledgeSets,
  pledges,
  pledgeVoteRounds,
} from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import { rowsWhereIn } from '../campaigns/campaign-seal.ts';
import type { ModuleDefinition } from '../module.ts';
import { pledgeArchiveDocuments } from './pledge-archive-documents.ts';
import { pledgeTransitionFacts } from './pledge-facts.ts';
import { pledgeRoutes } from './pledges.routes.ts';
import { fieldLabels } from './pledges.schema.ts';

/** Every pledge set of the year and what happened to it: items, earlier versions, opinions, votes, events. */
const pledgeSeal: SealPart = {
  async records(db, campaign) {
    const sets = await db.select().from(pledgeSets).where(eq(pledgeSets.campaignId, campaign.id));
    const items = await db.select().from(pledges).where(eq(pledges.campaignId, campaign.id));
    const setIds = sets.map((s) => s.id);
    return {
      sets,
      pledges: items,
      revisions: await rowsWhereIn(
        db,
        pledgeRevisions,
        pledgeRevisions.pledgeId,
        items.map((p) => p.id),
      ),
      voteRounds: await rowsWhereIn(db, pledgeVoteRounds, pledgeVoteRounds.setId, setIds),
      events: await rowsWhereIn(db, pledgeSetEvents, pledgeSetEvents.setId, setIds),
      opinions: await rowsWhereIn(db, pledgeOpinions, pledgeOpinions.setId, setIds),
      overlapOverrides: await db
        .select()
        .from(pledgeOverlapOverrides)
        .where(eq(pledgeOverlapOverrides.campaignId, campaign.id)),
    };
  },
};

export const pledgesModule: ModuleDefinition = {
  name: 'pledges',
  label: '承诺事项',
  routes: pledgeRoutes,
  fieldLabels,
  transitionFacts: pledgeTransitionFacts,
  seal: pledgeSeal,
  archiveDocuments: pledgeArchiveDocuments,
};
