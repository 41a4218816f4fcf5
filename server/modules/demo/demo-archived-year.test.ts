import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { campaigns } from '../../db/schema/index.ts';
import { openDemoDatabase } from '../../test/test-database.ts';
import { MODULES } from '../index.ts';
import { readFinalResults } from '../results/results-read.ts';
import type { DemoIds } from './demo.service.ts';
import { DEMO_ARCHIVED_YEAR, demoArchivedYearModule } from './demo-archived-year.ts';
import { DEMO_TOWNSHIP } from './demo-data.ts';

describe('the demo’s archived year', () => {
  let database: Database;
  let ids: DemoIds;
  beforeAll(async () => {
    ({ database, demo: ids } = await openDemoDatabase());
  });
  afterAll(() => database.close());

  it('is evaluated, ranked, reported to the county and sealed', async () => {
    expect(MODULES).toContain(demoArchivedYearModule);
    const [year] = await database.db
      .select()
      .from(campaigns)
      .where(
        and(
          eq(campaigns.townshipId, ids.townshipIds[DEMO_TOWNSHIP]!),
          eq(campaigns.year, DEMO_ARCHIVED_YEAR),
        ),
      );
    expect(year?.phase).toBe('archived');
    expect(year?.sealHash).toMatch(/^[0-9a-f]{64}$/);
    const results = await readFinalResults(database.db, year!.id);
    expect(results.length).toBeGreaterThan(10);
    expect(results.every((r) => r.grade !== null && r.rank !== null)).toBe(true);
  }, 300_000);
});
