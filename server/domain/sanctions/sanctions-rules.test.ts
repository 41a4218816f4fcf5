import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admonishmentReason, unsatisfiedShareText } from './admonishment.ts';
import { caseStepProblem, futureDateProblem, nextCaseStep } from './due-process.ts';
import { fenToYuan, payFor, payTotals, yuanToFen } from './performance-pay.ts';
import { recallProposalCheck } from './recall-proposal.ts';
import { weakVillages } from './weak-organizations.ts';

const FAIL = '不合格';

describe('admonishmentReason', () => {
  it.each<[string, string | null, number | null, number | null, string | null]>([
    ['不合格 always', FAIL, 0.1, null, 'failed'],
    ['合格 without the early warning', '合格', 0.4, null, null],
    ['合格 at exactly the warning share', '合格', 0.3, 0.3, 'early_warning'],
    ['合格 just under the share', '合格', 0.299, 0.3, null],
    ['no valid votes', '合格', null, 0.3, null],
    ['not graded yet', null, 0.1, 0.3, null],
  ])('%s', (_name, grade, unsatisfiedShare, warningShare, expected) => {
    expect(admonishmentReason({ grade, failGrade: FAIL, unsatisfiedShare, warningShare })).toBe(expected);
  });

  it('prints the share as officials read it', () => {
    expect(unsatisfiedShareText(12, 37)).toBe('不满意 12 票，占有效票 32.4%');
    expect(unsatisfiedShareText(0, 0)).toBe('不满意 0 票，占有效票 0%');
  });
});

describe('recallProposalCheck (one fifth of voters or one third of representatives)', () => {
  it.each<[number, number, number, number, boolean]>([
    [200, 1000, 0, 30, true],
    [199, 1000, 0, 30, false],
    [0, 1000, 10, 30, true],
    [0, 1000, 9, 30, false],
    [0, 0, 0, 0, false],
  ])('%i/%i voters, %i/%i representatives → %s', (vs, rv, rs, r, met) => {
    const check = recallProposalCheck({
      voterSignatures: vs,
      registeredVoters: rv,
      representativeSignatures: rs,
      representatives: r,
    });
    expect(check.met).toBe(met);
    expect(check.rule).toContain(met ? '符合提出条件' : '未达到提出条件');
  });
});

describe('performance pay', () => {
  const coefficients = { 优秀: 1.2, 合格: 1, 基本合格: 0.8, 不合格: 0.5 };
  it('multiplies the base by the grade’s coefficient, in fen', () => {
    expect(payFor({ baseFen: 2_000_000, grade: '优秀' }, coefficients)).toEqual({
      coefficient: 1.2,
      amountFen: 2_400_000,
    });
    expect(payFor({ baseFen: 333, grade: '基本合格' }, coefficients)).toEqual({
      coefficient: 0.8,
      amountFen: 266,
    });
    expect(payFor({ baseFen: 100, grade: null }, coefficients)).toEqual({
      coefficient: null,
      amountFen: null,
    });
  });
  it.each([
    ['1234.5', 123450],
    ['0', 0],
    ['20000.05', 2000005],
    ['-1', null],
    ['1.234', null],
    ['一千', null],
  ])('reads %s yuan', (text, fen) => expect(yuanToFen(text)).toBe(fen));
  it('property: yuan → fen → yuan round-trips and totals add up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999 }), { maxLength: 30 }), (bases) => {
        for (const b of bases) expect(yuanToFen(fenToYuan(b))).toBe(b);
        const amounts = bases.map((baseFen) => payFor({ baseFen, grade: '合格' }, coefficients));
        const totals = payTotals(amounts, bases);
        expect(totals.amountFen).toBe(totals.baseFen);
      }),
    );
  });
});

describe('due process', () => {
  it('runs notice → statement → decision → outcome, dates never going back', () => {
    expect(nextCaseStep([])).toBe('notice');
    expect(nextCaseStep(['notice', 'statement', 'decision', 'outcome'])).toBeNull();
    const done = [{ step: 'notice' as const, on: '2026-12-05' }];
    const today = '2026-12-20';
    expect(caseStepProblem(done, 'statement', '2026-12-10', today)).toBeNull();
    expect(caseStepProblem(done, 'decision', '2026-12-10', today)).toBe('请先完成“陈述申辩”');
    expect(caseStepProblem(done, 'statement', '2026-12-04', today)).toContain('日期不能早于上一步“告知”');
    expect(caseStepProblem(done, 'statement', '2026-12-20', today)).toBeNull();
    expect(caseStepProblem(done, 'statement', '2026-12-21', today)).toBe('日期不能晚于今天（2026-12-20）');
    const all = ['notice', 'statement', 'decision', 'outcome'].map((step) => ({
      step: step as 'notice',
      on: '2026-12-05',
    }));
    expect(caseStepProblem(all, 'outcome', '2026-12-06', today)).toBe('该案件已办结，不能再添加步骤');
  });

  it('refuses a talk dated after today, naming the field', () => {
    expect(futureDateProblem('谈话日期', '2026-12-20', '2026-12-20')).toBeNull();
    expect(futureDateProblem('谈话日期', '2026-12-21', '2026-12-20')).toBe(
      '“谈话日期”不能晚于今天（2026-12-20）',
    );
  });
});

describe('weakVillages', () => {
  const cadres = [
    { villageId: 'a', grade: '优秀', rank: 1 },
    { villageId: 'b', grade: '合格', rank: 2 },
    { villageId: 'b', grade: FAIL, rank: 5 },
    { villageId: 'c', grade: '基本合格', rank: 4 },
    { villageId: 'd', grade: '合格', rank: 3 },
  ];
  it('lists failures, and villages whose best cadre is among the last N', () => {
    expect(Object.fromEntries(weakVillages(cadres, FAIL, 0))).toEqual({ b: ['failed_cadre'] });
    expect(Object.fromEntries(weakVillages(cadres, FAIL, 2))).toEqual({
      b: ['failed_cadre'],
      c: ['bottom_rank'],
    });
  });
});
