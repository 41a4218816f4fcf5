import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removalCaseKey, removalTriggers, type YearStanding } from './removal-chain.ts';

const FAIL = '不合格';
const graded = (
  year: number,
  grade: string,
  over: Partial<Extract<YearStanding, { kind: 'graded' }>> = {},
): YearStanding => ({
  year,
  kind: 'graded',
  grade,
  isSecretary: true,
  isDirector: true,
  villageId: 'v1',
  unqualifiedByVillage: false,
  ...over,
});

describe('removalTriggers', () => {
  it.each<[string, YearStanding[], [number, number][]]>([
    [
      'two consecutive 不合格 open exactly one case',
      [graded(2025, FAIL), graded(2026, FAIL)],
      [[2025, 2026]],
    ],
    [
      'a 合格 year between breaks the chain',
      [graded(2024, FAIL), graded(2025, '合格'), graded(2026, FAIL)],
      [],
    ],
    [
      'three in a row: one case per pair of years',
      [graded(2024, FAIL), graded(2025, FAIL), graded(2026, FAIL)],
      [
        [2024, 2025],
        [2025, 2026],
      ],
    ],
    [
      'a move to another village keeps the chain',
      [graded(2025, FAIL, { villageId: 'v1' }), graded(2026, FAIL, { villageId: 'v2' })],
      [[2025, 2026]],
    ],
    [
      'an excluded year breaks it (documented rule)',
      [graded(2024, FAIL), { year: 2025, kind: 'excluded' }, graded(2026, FAIL)],
      [],
    ],
    [
      'a year without a post breaks it',
      [graded(2024, FAIL), { year: 2025, kind: 'no_post' }, graded(2026, FAIL)],
      [],
    ],
    ['a missing year breaks it', [graded(2023, FAIL), graded(2025, FAIL)], []],
    ['one failed year is not enough', [graded(2026, FAIL)], []],
    ['order of the history does not matter', [graded(2026, FAIL), graded(2025, FAIL)], [[2025, 2026]]],
  ])('%s', (_name, history, years) => {
    expect(removalTriggers(history, FAIL).map((t) => t.years)).toEqual(years);
  });

  it('brings the case where the cadre is now, with the measures of the later year’s posts', () => {
    const [secretaryOnly] = removalTriggers(
      [graded(2025, FAIL), graded(2026, FAIL, { villageId: 'v2', isDirector: false })],
      FAIL,
    );
    expect(secretaryOnly).toMatchObject({ villageId: 'v2', measures: ['revoke_party_post'] });
    const [both] = removalTriggers([graded(2025, FAIL), graded(2026, FAIL)], FAIL);
    expect(both!.measures).toEqual(['revoke_party_post', 'recall']);
  });

  it('flags 组织法 art. 33 only for a director judged unqualified by the villagers both years', () => {
    const unq = { unqualifiedByVillage: true };
    expect(
      removalTriggers([graded(2025, FAIL, unq), graded(2026, FAIL, unq)], FAIL)[0]!.officeEndsByLaw,
    ).toBe(true);
    expect(removalTriggers([graded(2025, FAIL), graded(2026, FAIL, unq)], FAIL)[0]!.officeEndsByLaw).toBe(
      false,
    );
    const secretary = { ...unq, isDirector: false };
    expect(
      removalTriggers([graded(2025, FAIL, unq), graded(2026, FAIL, secretary)], FAIL)[0]!.officeEndsByLaw,
    ).toBe(false);
  });

  it('keys one case per person and pair of years', () => {
    expect(removalCaseKey('p1', [2025, 2026])).toBe('p1:2025-2026');
  });

  it('property: a trigger exactly for each pair of consecutive failed years', () => {
    const year = fc.record({ failed: fc.boolean(), kind: fc.constantFrom('graded', 'excluded', 'no_post') });
    fc.assert(
      fc.property(fc.array(year, { maxLength: 12 }), (years) => {
        const history: YearStanding[] = years.map((y, i) =>
          y.kind === 'graded'
            ? graded(2015 + i, y.failed ? FAIL : '合格')
            : { year: 2015 + i, kind: y.kind as 'excluded' },
        );
        const failedYear = (i: number) => years[i]?.kind === 'graded' && years[i]!.failed;
        const expected = years.flatMap((_, i) =>
          i > 0 && failedYear(i - 1) && failedYear(i) ? [[2014 + i, 2015 + i]] : [],
        );
        expect(removalTriggers(history, FAIL).map((t) => t.years)).toEqual(expected);
      }),
    );
  });
});
