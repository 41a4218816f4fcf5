/**
 * The demo's own two years, end to end: 2025 archived with 北山村's 刘福贵 不合格, and 2026 in 评诺
 * with his 民主测评 already certified unqualified. Before 奖惩 the office is told a removal case
 * will follow; taking 2026 to 奖惩 through the real services opens his admonishment and his case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { completeDemoYear } from '../demo/complete-demo-year.test-support.ts';
import { DEMO_ARCHIVED_YEAR } from '../demo/demo-archived-year.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { MODULES } from '../index.ts';
import { readFinalResults } from '../results/results-read.ts';
import { DEMO_UNQUALIFIED_CADRE } from '../village-evaluation/village-evaluation.demo.ts';
import type { SanctionsView } from './sanctions.schema.ts';

let t: TestContext;
let year: string;

beforeAll(async () => {
  t = await createTestContext();
  year = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;
}, 600_000);
afterAll(() => t?.close());

const view = async (who = 'office') => {
  const res = await (await t.as(who)).get(`/api/campaigns/${year}/sanctions`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SanctionsView;
};

describe('before 奖惩 (2026 in 评诺)', () => {
  it('tells the office 刘福贵 will face a removal case once the results are confirmed', async () => {
    const v = await view();
    expect(v.admonishments).toEqual([]);
    expect(v.removalCases).toEqual([]);
    expect(v.removalOutlook).toHaveLength(1);
    expect(v.removalOutlook[0]).toMatchObject({
      name: DEMO_UNQUALIFIED_CADRE,
      villageName: '北山村',
      previousYear: DEMO_ARCHIVED_YEAR,
      certain: true,
      measures: ['撤销党内职务', '依法启动罢免程序'],
    });
    expect(v.removalOutlook[0]!.text).toContain(`${DEMO_ARCHIVED_YEAR}年度考评等次为“不合格”`);
  });

  it('foretells nothing for a year already past 奖惩, and nothing to a leader outside the village', async () => {
    const archived = t.demo.campaignIds[DEMO_ARCHIVED_YEAR]!;
    const res = await (await t.as('office')).get(`/api/campaigns/${archived}/sanctions`);
    expect((res.json() as SanctionsView).removalOutlook).toEqual([]);
    const leader = await view('leader');
    expect(leader.removalOutlook.map((r) => r.villageName)).not.toContain('北山村');
  });
});

describe('the demo year entering 奖惩', () => {
  it('opens an admonishment and a removal case (2025 and 2026) for 刘福贵 from the real results', async () => {
    await t.database.transaction((tx) => completeDemoYear(tx, year, MODULES));
    const results = await readFinalResults(t.database.db, year, { frozenOnly: true });
    expect(results.length).toBeGreaterThan(10);
    expect(results.every((r) => r.grade !== null)).toBe(true);
    const failed = results.filter((r) => r.grade === '不合格').map((r) => r.name);
    expect(failed).toEqual([DEMO_UNQUALIFIED_CADRE]);

    const v = await view();
    expect(v.admonishments.map((a) => [a.name, a.reason, a.closed])).toContainEqual([
      DEMO_UNQUALIFIED_CADRE,
      'failed',
      false,
    ]);
    expect(v.removalCases).toHaveLength(1);
    expect(v.removalCases[0]).toMatchObject({
      name: DEMO_UNQUALIFIED_CADRE,
      villageName: '北山村',
      years: [DEMO_ARCHIVED_YEAR, DEMO_FULFILMENT_YEAR],
      nextStep: 'notice',
      closed: false,
      allowedActions: ['record'],
    });
    expect(v.removalOutlook).toEqual([]);
  }, 600_000);
});
