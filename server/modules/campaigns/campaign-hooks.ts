import type { Queryable } from '../../db/client.ts';
import type { campaigns } from '../../db/schema/index.ts';
import type { TransitionFacts } from '../../domain/phases.ts';

export type CampaignRow = typeof campaigns.$inferSelect;

/**
 * Facts a module contributes before a phase transition (e.g. pledges: unapprovedPledgeSets).
 * Runs inside the transition's transaction, after the campaign row is locked.
 */
export type TransitionFactsProvider = (
  db: Queryable,
  campaign: CampaignRow,
) => Promise<Partial<TransitionFacts>>;

/** Rows a module adds to the archive seal: a name and the rows, each with a stable `id`. */
export type SealContentProvider = {
  name: string;
  rows: (db: Queryable, campaign: CampaignRow) => Promise<{ id: string }[]>;
};

const factsProviders: TransitionFactsProvider[] = [];
const sealProviders: SealContentProvider[] = [];

/** Later modules register what blocks a transition, e.g. `registerTransitionFacts(countUnapproved)`. */
export function registerTransitionFacts(provider: TransitionFactsProvider): void {
  factsProviders.push(provider);
}

/** Later modules register their campaign rows so the archive seal covers them too. */
export function registerSealContent(provider: SealContentProvider): void {
  if (sealProviders.some((p) => p.name === provider.name)) {
    throw new Error(`seal content "${provider.name}" registered twice`);
  }
  sealProviders.push(provider);
}

export async function gatherTransitionFacts(
  db: Queryable,
  campaign: CampaignRow,
  base: TransitionFacts,
): Promise<TransitionFacts> {
  let facts = base;
  for (const provider of factsProviders) facts = { ...facts, ...(await provider(db, campaign)) };
  return facts;
}

export function sealContentProviders(): readonly SealContentProvider[] {
  return sealProviders;
}
