import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { transitionCampaign } from '../campaigns/campaigns.service.ts';
import { DEMO_2025_DATES, DEMO_2025_OPINIONS, DEMO_2025_PLEDGES } from '../demo/demo-2025-data.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { runPledgingYear } from '../demo/demo-pledging-year.ts';
import { demoClerkUsername } from '../demo/demo-years.ts';
import { MODULES } from '../index.ts';
import { demoVillageEvaluationYear } from './village-evaluation.demo.ts';
import { activeParticipants, villagesOfCampaign } from './village-evaluation-context.ts';
import { readVillageEvaluations } from './village-evaluation-results.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('demoVillageEvaluationYear', () => {
  it('evaluates and certifies every village of a year in 评诺: every active participant has a result', async () => {
    const outcome = await t.database.db.transaction(async (tx) => {
      const campaignId = await runPledgingYear(tx, t.demo, MODULES, {
        year: 2025,
        pledges: DEMO_2025_PLEDGES,
        opinions: DEMO_2025_OPINIONS,
        dates: DEMO_2025_DATES,
        clerkOf: demoClerkUsername,
        hostOf: () => 'office',
      });
      const office = await demoActor(tx, 'office');
      await transitionCampaign(tx, office, campaignId, 'evaluation', MODULES);
      await demoVillageEvaluationYear(tx, campaignId, { complete: true });
      const [campaign] = await tx.query.campaigns.findMany({ where: (c, { eq }) => eq(c.id, campaignId) });
      const villages = await villagesOfCampaign(tx, office, campaign!);
      const people = await activeParticipants(
        tx,
        campaignId,
        villages.map((v) => v.id),
      );
      return { people, results: await readVillageEvaluations(tx, campaignId) };
    });
    expect(outcome.people.length).toBeGreaterThan(0);
    for (const p of outcome.people) {
      const r = outcome.results.get(p.participantId);
      expect(r, p.name).toBeDefined();
      expect(r!.unqualified).toBe(false);
      expect(r!.score).not.toBeNull();
    }
  }, 600_000);
});
