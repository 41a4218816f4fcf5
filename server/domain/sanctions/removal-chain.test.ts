import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certainStanding, removalCaseKey, removalTriggers, type YearStanding } from './removal-chain.ts';

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

describe('certainStanding', () => {
  const facts = (over: Partial<Parameters<typeof certainStanding>[0]> = {}) => ({
    year: 2026,
    confirmed: undefined,
    excluded: false,
    unqualifiedByVillage: false,
    isSecretary: true,
    isDirector: true,
    villageId: 'v1',
    failGrade: FAIL,
    ...over,
  });
  it.each<[string, Parameters<typeof certainStanding>[0], YearStanding | null]>([
    ['confirmed results stand as they are', facts({ confirmed: graded(2026, '合格') }), graded(2026, '合格')],
    [
      'a certified unqualified 民主测评 forces 不合格',
      facts({ unqualifiedByVillage: true }),
      graded(2026, FAIL, { unqualifiedByVillage: true }),
    ],
    ['nothing certain yet', facts(), null],
    [
      'an excluded cadre is never assumed to fail',
      facts({ excluded: true, unqualifiedByVillage: true }),
      null,
    ],
  ])('%s', (_, f, standing) => {
    expect(certainStanding(f)).toEqual(standing);
  });

  it('opens the case of 2025 and 2026 before 2026 is confirmed, the same one the confirmation opens', () => {
    const early = certainStanding(facts({ unqualifiedByVillage: true }))!;
    const later = graded(2026, FAIL, { unqualifiedByVillage: true });
    const before = [graded(2025, FAIL)];
    const key = (s: YearStanding) =>
      removalTriggers([...before, s], FAIL).map((t) => removalCaseKey('p', t.years));
    expect(key(early)).toEqual(['p:2025-2026']);
    expect(key(later)).toEqual(key(early));
  });
});
