import { describe, expect, it } from 'vitest';
import { defaultCampaignConfig } from '../campaign-config.ts';
import { type GradeInput, gradeByScore, gradeInRankOrder, topGradeLimit } from './grading.ts';

const config = defaultCampaignConfig(2026);
const row = (composite: number | null, forcedFail = false, missing: string[] = []): GradeInput => ({
  composite,
  forcedFail,
  missing,
});

describe('gradeByScore (default bands 90 / 75 / 60)', () => {
  it.each([
    [100, '优秀'],
    [90, '优秀'],
    [89.99, '合格'],
    [75, '合格'],
    [74.99, '基本合格'],
    [60, '基本合格'],
    [59.99, '不合格'],
    [0, '不合格'],
  ])('%s → %s', (score, grade) => {
    expect(gradeByScore(score, config)).toBe(grade);
  });

  it('reads bands, labels and the fail grade from config', () => {
    const custom = {
      grades: [
        { label: '好', minScore: 80 },
        { label: '称职', minScore: 50 },
      ],
      failGrade: '不称职',
    };
    expect(gradeByScore(80, custom)).toBe('好');
    expect(gradeByScore(79.99, custom)).toBe('称职');
    expect(gradeByScore(49.99, custom)).toBe('不称职');
  });
});

describe('gradeInRankOrder', () => {
  it('a failed village evaluation forces 不合格 whatever the score, even with parts missing', () => {
    const [a, b] = gradeInRankOrder([row(95, true), row(null, true, ['乡集中述职'])], config);
    expect(a).toMatchObject({ grade: '不合格', byScore: '优秀', forcedFail: true });
    expect(a!.reason).toContain('不满意票超过有效票的一半');
    expect(b).toMatchObject({ grade: '不合格', byScore: null, forcedFail: true });
  });

  it('no composite and not forced: no grade yet, naming what is missing', () => {
    const [a] = gradeInRankOrder([row(null, false, ['乡集中述职', '实地考核'])], config);
    expect(a).toMatchObject({ grade: null, byScore: null });
    expect(a!.reason).toBe('尚缺乡集中述职、实地考核得分，暂不评定等次');
  });

  it('explains a grade from score with its cut-off', () => {
    const [a, b] = gradeInRankOrder([row(92.1), row(55)], config);
    expect(a!.reason).toBe('综合得分 92.10，不低于优秀分数线 90，评为优秀');
    expect(b!.reason).toBe('综合得分 55.00，低于基本合格分数线 60，评为不合格');
  });

  it('without a cap everyone above the line is 优秀', () => {
    const grades = gradeInRankOrder(
      [95, 94, 93, 92, 91].map((s) => row(s)),
      config,
    ).map((g) => g.grade);
    expect(grades).toEqual(['优秀', '优秀', '优秀', '优秀', '优秀']);
  });

  it('the cap keeps the first in rank order and moves the rest to the next grade', () => {
    const capped = { ...config, topGradeCap: 0.2 };
    // 10 graded → 2 优秀 places; the forced fail counts among the graded.
    const rows = [98, 96, 95, 91, 85, 80, 78, 70, 65].map((s) => row(s)).concat([row(93, true)]);
    const result = gradeInRankOrder(rows, capped);
    expect(result.map((g) => g.grade)).toEqual([
      '优秀',
      '优秀',
      '合格',
      '合格',
      '合格',
      '合格',
      '合格',
      '基本合格',
      '基本合格',
      '不合格',
    ]);
    expect(result[2]!.capped).toEqual({ from: '优秀', to: '合格', cap: 0.2, limit: 2, of: 10 });
    expect(result[2]!.reason).toBe(
      '综合得分 95.00 达到优秀分数线，但优秀名额为 2 名（参评 10 人 × 20%，向下取整），按排名顺延为合格',
    );
    expect(result[3]!.capped).not.toBeNull();
    expect(result[4]!.capped).toBeNull();
  });

  it('with one band the capped drop to the fail grade', () => {
    const one = { grades: [{ label: '优秀', minScore: 90 }], failGrade: '不合格', topGradeCap: 0.5 };
    expect(gradeInRankOrder([row(99), row(98)], one).map((g) => g.grade)).toEqual(['优秀', '不合格']);
  });

  it('participants without a grade do not count towards the cap', () => {
    const capped = { ...config, topGradeCap: 0.5 };
    const result = gradeInRankOrder([row(99), row(98), row(null, false, ['实地考核'])], capped);
    expect(result.map((g) => g.grade)).toEqual(['优秀', '合格', null]);
  });
});

describe('topGradeLimit rounds down (the share is never exceeded)', () => {
  it.each([
    [null, 10, null],
    [0.2, 12, 2],
    [0.2, 4, 0],
    [0.2, 15, 3],
    [0.29, 100, 29],
    [0.7, 10, 7],
    [1, 7, 7],
  ])('cap %s of %s → %s', (cap, n, limit) => {
    expect(topGradeLimit(cap, n)).toBe(limit);
  });
});
