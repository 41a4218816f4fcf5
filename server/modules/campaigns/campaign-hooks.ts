import type { Queryable } from '../../db/client.ts';
import type { campaigns } from '../../db/schema/index.ts';
import type { TransitionFacts } from '../../domain/phases.ts';
import type { ModuleDefinition } from '../module.ts';

export type CampaignRow = typeof campaigns.$inferSelect;

/**
 * Facts a module contributes before a phase transition (e.g. pledges: unapprovedPledgeSets).
 * Runs inside the transition's transaction, after the campaign row is locked.
 */
export type TransitionFactsProvider = (
  db: Queryable,
  campaign: CampaignRow,
) => Promise<Partial<TransitionFacts>>;

/** A module's records of a campaign: named lists of rows (each list is hashed in a stable order). */
export type SealRecords = Record<string, readonly object[]>;

/** What a module puts under the archive seal of a campaign. */
export type SealPart = {
  /**
   * Taken once at sealing and stored with the seal, for content that moves on afterwards (the
   * county's audit chain grows): `records` then reads what the anchor points at.
   */
  anchor?: (db: Queryable, campaign: CampaignRow) => Promise<unknown>;
  records: (db: Queryable, campaign: CampaignRow, anchor: unknown) => Promise<SealRecords>;
};

/** The base facts merged with every module's, in list order. */
export async function gatherTransitionFacts(
  db: Queryable,
  campaign: CampaignRow,
  base: TransitionFacts,
  modules: readonly ModuleDefinition[],
): Promise<TransitionFacts> {
  let facts = base;
  for (const { transitionFacts } of modules) {
    if (transitionFacts) facts = { ...facts, ...(await transitionFacts(db, campaign)) };
  }
  return facts;
}
