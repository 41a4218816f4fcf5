import { eq, inArray } from 'drizzle-orm';
import { candidatePledges, electionCandidates, elections } from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import { rowsWhereIn } from '../campaigns/campaign-seal.ts';
import type { ModuleDefinition } from '../module.ts';
import { seedElections } from './elections.demo.ts';
import { electionsRoutes } from './elections.routes.ts';
import { fieldLabels } from './elections.schema.ts';

/** The year's 换届 elections, their candidates (speeches, who was elected) and the candidates' public pledges. */
const electionSeal: SealPart = {
  async records(db, campaign) {
    const rows = await db.select().from(elections).where(eq(elections.campaignId, campaign.id));
    const ids = rows.map((r) => r.id);
    const candidates = ids.length
      ? await db.select().from(electionCandidates).where(inArray(electionCandidates.electionId, ids))
      : [];
    return {
      elections: rows,
      candidates,
      pledges: await rowsWhereIn(
        db,
        candidatePledges,
        candidatePledges.candidateId,
        candidates.map((c) => c.id),
      ),
    };
  },
};

/**
 * 换届选举的竞聘演讲与公开承诺 (issue 11 §5): at a village's 换届, candidates' speeches and public
 * pledges are recorded with the pledge module's fields and rules, published as 候选人竞职承诺.
 */
export const electionsModule: ModuleDefinition = {
  name: 'elections',
  label: '换届选举竞聘承诺',
  routes: electionsRoutes,
  fieldLabels,
  seal: electionSeal,
  demo: seedElections,
};
