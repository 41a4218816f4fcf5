import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composite } from './composite.ts';

const W = { village: 30, jury: 30, inspection: 40 };

describe('composite', () => {
  it.each([
    ['default weights', { village: 90, jury: 80, inspection: 70 }, W, 79],
    ['exact 4-place parts, rounded half up once', { village: 87.35, jury: 80, inspection: 90 }, W, 86.21],
    ['all 100', { village: 100, jury: 100, inspection: 100 }, W, 100],
    ['all 0', { village: 0, jury: 0, inspection: 0 }, W, 0],
    [
      'weights from config',
      { village: 90, jury: 80, inspection: 70 },
      { village: 50, jury: 50, inspection: 0 },
      85,
    ],
    [
      'half up at .005',
      { village: 80.01, jury: 0, inspection: 0 },
      { village: 50, jury: 25, inspection: 25 },
      40.01,
    ],
  ])('%s', (_, parts, weights, expected) => {
    expect(composite(parts, weights).composite).toBe(expected);
  });

  it('shows each weighted part exactly', () => {
    const e = composite({ village: 87.35, jury: 80, inspection: 90 }, W);
    expect(e.parts.map((p) => p.weighted)).toEqual([26.205, 24, 36]);
    expect(e.formula).toBe(
      '综合得分 = 村级民主测评 × 30% + 乡集中述职 × 30% + 实地考核 × 40%（四舍五入保留两位小数）',
    );
  });

  it('a missing part leaves the composite empty and is named', () => {
    const e = composite({ village: 90, jury: null, inspection: 70 }, W);
    expect(e.composite).toBeNull();
    expect(e.missing).toEqual(['jury']);
    expect(e.parts[1]).toMatchObject({ part: 'jury', score: null, weighted: null, weight: 30 });
  });

  it('a part weighted 0 is never missing', () => {
    const e = composite(
      { village: 90, jury: null, inspection: 70 },
      { village: 60, jury: 0, inspection: 40 },
    );
    expect(e.missing).toEqual([]);
    expect(e.composite).toBe(82);
  });

  it('lies between the lowest and highest part and is rounded to 2 places (property)', () => {
    const score = fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100);
    const weights = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
      .filter(([a, b]) => a + b <= 100)
      .map(([a, b]) => ({ village: a, jury: b, inspection: 100 - a - b }));
    fc.assert(
      fc.property(score, score, score, weights, (v, j, i, w) => {
        const c = composite({ village: v, jury: j, inspection: i }, w).composite!;
        const used = [v, j, i].filter((_, k) => [w.village, w.jury, w.inspection][k]! > 0);
        expect(c).toBeGreaterThanOrEqual(Math.min(...used) - 0.005);
        expect(c).toBeLessThanOrEqual(Math.max(...used) + 0.005);
        expect(Math.round(c * 100) / 100).toBe(c);
        const exact = (v * w.village + j * w.jury + i * w.inspection) / 100;
        expect(Math.abs(c - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});
