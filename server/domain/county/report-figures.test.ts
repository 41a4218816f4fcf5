import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPOSITE_BANDS,
  compositeDistribution,
  defaultSummaryTexts,
  gradeCounts,
  meanComposite,
  orderRows,
  type SubmittedRow,
  summaryFigures,
  unionGrades,
} from './report-figures.ts';

const row = (over: Partial<SubmittedRow>): SubmittedRow => ({
  rank: null,
  name: '某',
  villageName: '某村',
  posts: ['党支部书记'],
  villageScore: null,
  satisfactionRate: null,
  unqualified: false,
  juryScore: null,
  inspectionScore: null,
  composite: null,
  grade: null,
  forcedFail: false,
  ...over,
});
const GRADES = ['优秀', '合格', '基本合格', '不合格'];

describe('report figures', () => {
  it.each([
    [59.99, 0],
    [60, 1],
    [69.99, 1],
    [70, 2],
    [80, 3],
    [89.99, 3],
    [90, 4],
    [100, 4],
    [0, 0],
  ])('composite %d falls in band %d', (composite, band) => {
    const counts = compositeDistribution([row({ composite })]);
    expect(counts[band]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('counts every composite once and leaves out rows without one', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10000 }).map((n) => n / 100))), (values) => {
        const rows = values.map((composite) => row({ composite }));
        const counts = compositeDistribution(rows);
        expect(counts).toHaveLength(COMPOSITE_BANDS.length);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(values.filter((v) => v !== null).length);
      }),
    );
  });

  it('counts grades in the campaign order, an unknown grade after', () => {
    const rows = ['合格', '优秀', '合格', '良好', null].map((grade) => row({ grade }));
    expect(gradeCounts(rows, GRADES)).toEqual([
      { grade: '优秀', count: 1 },
      { grade: '合格', count: 2 },
      { grade: '基本合格', count: 0 },
      { grade: '不合格', count: 0 },
      { grade: '良好', count: 1 },
    ]);
  });

  it('orders ranked rows first, the unranked by village and name', () => {
    const rows = [
      row({ rank: null, villageName: '乙村', name: '丙' }),
      row({ rank: 2, name: '二' }),
      row({ rank: null, villageName: '甲村', name: '丁' }),
      row({ rank: 1, name: '一' }),
    ];
    expect(orderRows(rows).map((r) => r.name)).toEqual(['一', '二', '丁', '丙']);
  });

  it('names the top three ranked and every fail, forced or by score', () => {
    const rows = [
      row({ rank: 1, name: 'a', grade: '优秀', composite: 95 }),
      row({ rank: 2, name: 'b', grade: '合格', composite: 80 }),
      row({ rank: 3, name: 'c', grade: '合格', composite: 79 }),
      row({ rank: 4, name: 'd', grade: '不合格', composite: 50 }),
      row({ rank: null, name: 'e', grade: '不合格', forcedFail: true }),
    ];
    const f = summaryFigures(rows, GRADES);
    expect(f.total).toBe(5);
    expect(f.top.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(f.failed.map((r) => r.name)).toEqual(['d', 'e']);
    expect(f.failGrade).toBe('不合格');
  });

  it('means composites to 2 decimals, null without any', () => {
    expect(meanComposite([row({ composite: 90 }), row({ composite: 85.555 }), row({})])).toBe(87.78);
    expect(meanComposite([row({})])).toBeNull();
  });

  it('joins the grade labels of several townships', () => {
    expect(unionGrades([GRADES, ['优秀', '良好', '不合格']])).toEqual([...GRADES, '良好']);
  });

  it('writes default text with the weights and the fail grade', () => {
    const t = defaultSummaryTexts('愚公乡', 2025, {
      compositeWeights: { village: 30, jury: 30, inspection: 40 },
      failGrade: '不合格',
    });
    expect(t.opening).toContain('愚公乡组织开展了2025年度村干部承诺考评工作');
    expect(t.process).toContain('村级民主测评 30%、乡集中述职 30%、实地考核 40%');
    expect(t.signature).toBe('中共愚公乡委员会\n愚公乡人民政府');
  });
});
