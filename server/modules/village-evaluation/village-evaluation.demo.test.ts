import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_TOWNSHIP } from '../demo/demo-data.ts';
import { DEMO_UNQUALIFIED_CADRE } from './village-evaluation.demo.ts';
import { activeParticipants } from './village-evaluation-context.ts';
import { readVillageEvaluations } from './village-evaluation-results.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('demoVillageEvaluationYear (the demo’s archived 2025 is built with it)', () => {
  it('evaluated and certified every village: every active participant has a result, only 刘福贵 unqualified', async () => {
    const { db } = t.database;
    const [year] = await db
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.townshipId, t.demo.townshipIds[DEMO_TOWNSHIP]!), eq(campaigns.year, 2025)));
    expect(year, 'the demo has its 2025 year').toBeDefined();
    const people = await activeParticipants(db, year!.id, Object.values(t.demo.villageIds));
    const results = await readVillageEvaluations(db, year!.id);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) {
      const r = results.get(p.participantId);
      expect(r, p.name).toBeDefined();
      expect(r!.unqualified, p.name).toBe(p.name === DEMO_UNQUALIFIED_CADRE);
      expect(r!.score).not.toBeNull();
    }
  });
});
