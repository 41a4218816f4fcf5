import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removalTriggers, type YearStanding } from './removal-chain.ts';
import { type RemovalOutlookFacts, removalOutlook, type ThisYear } from './removal-outlook.ts';

const FAIL = '不合格';
const graded = (year: number, grade: string): YearStanding => ({
  year,
  kind: 'graded',
  grade,
  isSecretary: true,
  isDirector: false,
  villageId: 'v0',
  unqualifiedByVillage: false,
});
const facts = (history: YearStanding[], thisYear: ThisYear, over: Partial<RemovalOutlookFacts> = {}) => ({
  year: 2026,
  history,
  thisYear,
  isSecretary: true,
  isDirector: true,
  villageId: 'v1',
  failGrade: FAIL,
  ...over,
});
const pending = (unqualifiedByVillage: boolean): ThisYear => ({ kind: 'pending', unqualifiedByVillage });

describe('removalOutlook', () => {
  it.each<[string, YearStanding[], ThisYear, { previousYear: number; certain: boolean } | null]>([
    [
      'failed last year, unqualified by the villagers now: certain',
      [graded(2025, FAIL)],
      pending(true),
      { previousYear: 2025, certain: true },
    ],
    [
      'failed last year, this year still open: a warning',
      [graded(2025, FAIL)],
      pending(false),
      { previousYear: 2025, certain: false },
    ],
    [
      'failed last year, confirmed 不合格 now: certain',
      [graded(2025, FAIL)],
      { kind: 'confirmed', grade: FAIL },
      { previousYear: 2025, certain: true },
    ],
    [
      'failed last year, confirmed 合格 now: nothing',
      [graded(2025, FAIL)],
      { kind: 'confirmed', grade: '合格' },
      null,
    ],
    ['合格 last year: nothing, even if unqualified now', [graded(2025, '合格')], pending(true), null],
    [
      'failed two years ago only: the chain is broken',
      [graded(2024, FAIL), graded(2025, '基本合格')],
      pending(true),
      null,
    ],
    [
      'last year excluded: broken (removal-chain.ts rule)',
      [graded(2024, FAIL), { year: 2025, kind: 'excluded' }],
      pending(true),
      null,
    ],
    ['no record last year: broken', [graded(2024, FAIL)], pending(false), null],
    ['excluded this year: nothing', [graded(2025, FAIL)], { kind: 'excluded' }, null],
    ['nothing before: nothing', [], pending(true), null],
    [
      'a later year in the history is ignored',
      [graded(2025, FAIL), graded(2027, '合格')],
      pending(false),
      { previousYear: 2025, certain: false },
    ],
  ])('%s', (_name, history, thisYear, expected) => {
    const outlook = removalOutlook(facts(history, thisYear));
    if (expected === null) expect(outlook).toBeNull();
    else expect(outlook).toMatchObject(expected);
  });

  it('takes this year’s posts for the measures, and says what will happen', () => {
    const director = removalOutlook(facts([graded(2025, FAIL)], pending(true), { isSecretary: false }));
    expect(director?.measures).toEqual(['recall']);
    expect(director?.text).toContain('2025年度考评等次为“不合格”');
    expect(director?.text).toContain('将启动免职（罢免）程序');
    const warned = removalOutlook(facts([graded(2025, FAIL)], pending(false)));
    expect(warned?.measures).toEqual(['revoke_party_post', 'recall']);
    expect(warned?.text).toBe('2025年度考评等次为“不合格”，本年度如再评为“不合格”，将启动免职（罢免）程序');
  });

  it('foretells a case exactly when a failed year now would trigger one', () => {
    const standing = fc.oneof(
      fc.constantFrom(FAIL, '合格', '基本合格').map((grade) => ({ grade, kind: 'graded' as const })),
      fc.constant({ kind: 'excluded' as const }),
    );
    fc.assert(
      fc.property(fc.array(fc.option(standing), { minLength: 3, maxLength: 3 }), (years) => {
        const history = years.flatMap((s, i): YearStanding[] => {
          if (!s) return [];
          return s.kind === 'excluded' ? [{ year: 2023 + i, kind: 'excluded' }] : [graded(2023 + i, s.grade)];
        });
        const foretold = removalOutlook(facts(history, pending(false))) !== null;
        const opened = removalTriggers([...history, graded(2026, FAIL)], FAIL).some(
          (t) => t.years[1] === 2026,
        );
        expect(foretold).toBe(opened);
      }),
    );
  });
});
