import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_OUTCOME_LABEL, pledgeOutcome } from './pledge-outcome.ts';
import { countyTrends, type TrendInput } from './trends.ts';

describe('pledgeOutcome', () => {
  it.each([
    ['completed', 'in_progress', '已完成', 'inspection', true],
    ['basically_completed', 'done', '基本完成', 'inspection', false],
    [null, 'done', '已完成', 'progress', true],
    [null, 'blocked', '遇到困难', 'progress', false],
    [null, null, NO_OUTCOME_LABEL, null, false],
  ] as const)('inspection %s, progress %s → %s', (inspection, progress, label, source, kept) => {
    expect(pledgeOutcome(inspection, progress)).toMatchObject({ label, source, kept });
  });
});

const input = (over: Partial<TrendInput>): TrendInput => ({
  year: 2025,
  townshipId: 't1',
  townshipName: '愚公乡',
  confirmed: true,
  approvedPledges: 0,
  keptPledges: 0,
  results: [],
  ...over,
});

describe('countyTrends', () => {
  it('adds up each township and the county per year', () => {
    const points = countyTrends(
      [
        input({
          approvedPledges: 4,
          keptPledges: 3,
          results: [
            { grade: '优秀', composite: 91.5 },
            { grade: '不合格', composite: 60 },
          ],
        }),
        input({
          townshipId: 't2',
          townshipName: '太行乡',
          approvedPledges: 2,
          keptPledges: 0,
          results: [{ grade: '合格', composite: 80 }],
        }),
        input({
          year: 2026,
          confirmed: false,
          approvedPledges: 3,
          keptPledges: 1,
          results: [{ grade: null, composite: null }],
        }),
      ],
      '示范县',
    );
    expect(points.map((p) => [p.year, p.townshipName, p.keptShare, p.meanComposite, p.confirmed])).toEqual([
      [2025, '愚公乡', 0.75, 75.75, true],
      [2025, '太行乡', 0, 80, true],
      [2025, '示范县', 0.5, 77.17, true],
      [2026, '愚公乡', 0.3333, null, false],
      [2026, '示范县', 0.3333, null, false],
    ]);
    expect(points[2]!.grades).toEqual({ 优秀: 1, 不合格: 1, 合格: 1 });
    expect(points[4]).toMatchObject({ ungraded: 1, scored: 0, townshipId: null });
  });

  it('keeps every cadre once and every share within 0..1', () => {
    const result = fc.record({
      grade: fc.option(fc.constantFrom('优秀', '合格', '不合格'), { nil: null }),
      composite: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    });
    const township = fc
      .record({
        year: fc.integer({ min: 2024, max: 2027 }),
        townshipId: fc.constantFrom('t1', 't2', 't3'),
        confirmed: fc.boolean(),
        approved: fc.nat(20),
        kept: fc.nat(20),
        results: fc.array(result, { maxLength: 8 }),
      })
      .map(
        (r): TrendInput => ({
          year: r.year,
          townshipId: r.townshipId,
          townshipName: r.townshipId,
          confirmed: r.confirmed,
          approvedPledges: r.approved,
          keptPledges: Math.min(r.kept, r.approved),
          results: r.results,
        }),
      );
    fc.assert(
      fc.property(fc.array(township, { maxLength: 10 }), (inputs) => {
        const points = countyTrends(inputs, '县');
        for (const p of points.filter((x) => x.townshipId === null)) {
          const ofYear = inputs.filter((i) => i.year === p.year);
          const cadres = ofYear.reduce((n, i) => n + i.results.length, 0);
          const graded = Object.values(p.grades).reduce((a, b) => a + b, 0);
          expect(graded + p.ungraded).toBe(cadres);
          expect(p.confirmed).toBe(ofYear.every((i) => i.confirmed));
        }
        for (const p of points) {
          if (p.keptShare !== null) expect(p.keptShare).toBeGreaterThanOrEqual(0);
          if (p.keptShare !== null) expect(p.keptShare).toBeLessThanOrEqual(1);
          if (p.meanComposite !== null) expect(p.meanComposite).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
