import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CampaignConfig,
  configProblems,
  defaultCampaignConfig,
  isCalendarDate,
  letterDueDaysOf,
} from './campaign-config.ts';

const YEAR = 2027;
const fieldsOf = (config: CampaignConfig, year = YEAR) => configProblems(config, year).map((p) => p.field);
const withChanges = (changes: Partial<CampaignConfig>): CampaignConfig => ({
  ...defaultCampaignConfig(YEAR),
  ...changes,
});

describe('configProblems', () => {
  it('finds nothing wrong with the defaults of any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
        expect(configProblems(defaultCampaignConfig(year), year)).toEqual([]);
      }),
    );
  });

  it.each([
    [{ village: 30, jury: 30, inspection: 39 }, ['compositeWeights']],
    [{ village: 30, jury: 30, inspection: 40 }, []],
    [{ village: 30, jury: 30, inspection: 41 }, ['compositeWeights']],
    [{ village: 0, jury: 0, inspection: 100 }, []],
  ])('composite weights %o → %o', (compositeWeights, fields) => {
    expect(fieldsOf(withChanges({ compositeWeights }))).toEqual(fields);
  });

  it('names the sum in the composite weight message', () => {
    const [problem] = configProblems(
      withChanges({ compositeWeights: { village: 33, jury: 33, inspection: 33 } }),
      YEAR,
    );
    expect(problem).toEqual({ field: 'compositeWeights', message: '综合考评权重之和必须为 100（现为 99）' });
  });

  it('accepts composite weights exactly when they sum to 100', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (village, jury, inspection) => {
        const fields = fieldsOf(withChanges({ compositeWeights: { village, jury, inspection } }));
        expect(fields.includes('compositeWeights')).toBe(village + jury + inspection !== 100);
      }),
    );
  });

  it.each([
    [[90, 75, 60], []],
    [[90, 90, 60], ['grades.1.minScore']],
    [[90, 75, 75], ['grades.2.minScore']],
    [
      [60, 75, 90],
      ['grades.1.minScore', 'grades.2.minScore'],
    ],
  ])('grade thresholds %o → %o', (scores, fields) => {
    const labels = ['优秀', '合格', '基本合格'];
    const grades = scores.map((minScore, i) => ({ label: labels[i]!, minScore }));
    expect(fieldsOf(withChanges({ grades }))).toEqual(fields);
  });

  it('accepts thresholds exactly when they strictly descend', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }), (scores) => {
        const grades = scores.map((minScore, i) => ({ label: `等次${i}`, minScore }));
        const payCoefficients = Object.fromEntries([...grades.map((g) => [g.label, 1]), ['不合格', 0.5]]);
        const fields = fieldsOf(withChanges({ grades, payCoefficients }));
        const descending = scores.every((s, i) => i === 0 || s < scores[i - 1]!);
        expect(fields.every((f) => f.startsWith('grades.'))).toBe(true);
        expect(fields.length === 0).toBe(descending);
      }),
    );
  });

  it.each([
    [{ inspectionWeights: { progress: 50, recognition: 49 } }, 'inspectionWeights'],
    [{ commitmentDeadline: '2026-03-31' }, 'commitmentDeadline'],
    [{ commitmentDeadline: '2028-01-01' }, 'commitmentDeadline'],
    [{ commitmentDeadline: '2027-02-30' }, 'commitmentDeadline'],
    [{ publicityDays: 4, objectionDays: 3 }, 'publicityDays'],
    [{ publicityDays: 7, objectionDays: 8 }, 'objectionDays'],
    [{ categories: ['经济发展', '经济发展'] }, 'categories'],
    [{ failGrade: '优秀', payCoefficients: { 优秀: 1.2, 合格: 1, 基本合格: 0.8 } }, 'grades'],
    [{ payCoefficients: { 优秀: 1.2, 合格: 1, 基本合格: 0.8 } }, 'payCoefficients'],
    [{ payCoefficients: { 优秀: 1.2, 合格: 1, 基本合格: 0.8, 不合格: 0.5, 良好: 1.1 } }, 'payCoefficients'],
    [{ evaluationScores: { satisfied: 70, basicallySatisfied: 75, unsatisfied: 55 } }, 'evaluationScores'],
    [{ admonishUnsatisfiedShare: 0.5 }, 'admonishUnsatisfiedShare'],
    [
      {
        jurySubCriteria: [
          { name: '履职', maxScore: 60 },
          { name: '实绩', maxScore: 30 },
        ],
      },
      'jurySubCriteria',
    ],
    [
      {
        jurySubCriteria: [
          { name: '履职', maxScore: 50 },
          { name: '履职', maxScore: 50 },
        ],
      },
      'jurySubCriteria',
    ],
  ] as [Partial<CampaignConfig>, string][])('%o → problem on %s', (changes, field) => {
    const problems = configProblems(withChanges(changes), YEAR);
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    [{ publicityDays: 5, objectionDays: 5 }],
    [{ commitmentDeadline: '2027-12-31' }],
    [{ admonishUnsatisfiedShare: 0.3 }],
    [
      {
        jurySubCriteria: [
          { name: '履职', maxScore: 60 },
          { name: '实绩', maxScore: 40 },
        ],
      },
    ],
  ] as [Partial<CampaignConfig>][])('accepts the boundary %o', (changes) => {
    expect(configProblems(withChanges(changes), YEAR)).toEqual([]);
  });

  it('does not take a grade named like an Object property for a pay coefficient', () => {
    const config = withChanges({ failGrade: 'toString' });
    expect(fieldsOf(config)).toEqual(['payCoefficients', 'payCoefficients']);
  });
});

describe('the letter answer period', () => {
  it('is 15 days by default, and for a config stored before the key existed', () => {
    expect(defaultCampaignConfig(YEAR).letterDueDays).toBe(15);
    const { letterDueDays: _, ...older } = defaultCampaignConfig(YEAR);
    expect(letterDueDaysOf(older)).toBe(15);
    expect(letterDueDaysOf(null)).toBe(15);
  });

  it.each([
    [1, 1],
    [30, 30],
    [60, 60],
    [0, 15],
    [61, 15],
    [7.5, 15],
  ])('letterDueDaysOf reads %d as %d', (letterDueDays, expected) => {
    expect(letterDueDaysOf({ letterDueDays })).toBe(expected);
  });

  it.each([
    [1, []],
    [60, []],
    [0, ['letterDueDays']],
    [61, ['letterDueDays']],
    [2.5, ['letterDueDays']],
  ])('configProblems on %d days → %o', (letterDueDays, fields) => {
    expect(fieldsOf(withChanges({ letterDueDays }))).toEqual(fields);
  });

  it('any whole number of days from 1 to 60 is read as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (days) => {
        expect(letterDueDaysOf({ letterDueDays: days })).toBe(days);
        expect(fieldsOf(withChanges({ letterDueDays: days }))).toEqual([]);
      }),
    );
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2027-03-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['2027-3-31', false],
    ['2027-03-31T00:00', false],
  ])('%s → %s', (value, ok) => expect(isCalendarDate(value)).toBe(ok));
});
