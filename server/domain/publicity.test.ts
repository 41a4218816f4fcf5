import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from './local-time.ts';
import {
  objectionEndDate,
  objectionsOpen,
  PUBLICATION_KINDS,
  publicationProblems,
  publicationStatus,
  publicityEndDate,
} from './publicity.ts';

const pub = (startDate: string, periodDays: number, objectionDays: number, withdrawn = false) => ({
  startDate,
  periodDays,
  objectionEndDate: objectionEndDate(startDate, periodDays, objectionDays),
  withdrawn,
});

describe('publicity dates', () => {
  it.each([
    ['2026-11-26', 7, '2026-12-02'],
    ['2026-02-25', 5, '2026-03-01'],
    ['2028-02-25', 5, '2028-02-29'],
    ['2026-12-30', 7, '2027-01-05'],
  ])('a period from %s of %i days ends on %s', (start, days, end) => {
    expect(publicityEndDate(start, days)).toBe(end);
  });

  it.each([
    ['2026-11-26', 7, 5, '2026-11-30'],
    ['2026-11-26', 7, 7, '2026-12-02'],
    ['2026-11-26', 7, 9, '2026-12-02'],
  ])('objections from %s (period %i, window %i) end on %s', (start, days, window, end) => {
    expect(objectionEndDate(start, days, window)).toBe(end);
  });

  it.each([
    ['2026-11-25', false, 'scheduled', false],
    ['2026-11-26', false, 'in_period', true],
    ['2026-11-30', false, 'in_period', true],
    ['2026-12-01', false, 'in_period', false],
    ['2026-12-02', false, 'in_period', false],
    ['2026-12-03', false, 'ended', false],
    ['2026-11-28', true, 'withdrawn', false],
  ] as const)('on %s (withdrawn %s): %s, objections open %s', (today, withdrawn, status, open) => {
    const p = pub('2026-11-26', 7, 5, withdrawn);
    expect(publicationStatus(p, today)).toBe(status);
    expect(objectionsOpen(p, today)).toBe(open);
  });

  it('a period lasts exactly its days, and objections are open only inside it', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => publicityEndDate('2025-01-01', n + 1));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -10, max: 80 }),
        (start, days, window, offset) => {
          const end = publicityEndDate(start, days);
          expect(daysBetween(start, end)).toBe(days - 1);
          const p = pub(start, days, window);
          const today = publicityEndDate(start, offset + 1);
          if (objectionsOpen(p, today)) expect(publicationStatus(p, today)).toBe('in_period');
          expect(publicationStatus(p, today) === 'in_period').toBe(offset >= 0 && offset < days);
          expect(objectionsOpen({ ...p, withdrawn: true }, today)).toBe(false);
        },
      ),
    );
  });
});

describe('publication problems', () => {
  const base = { villageId: 'v', participantId: null, periodDays: 7, objectionDays: 5 } as const;
  it.each([
    ['pledges', {}, []],
    ['pledges', { periodDays: 4 }, ['periodDays', 'objectionDays']],
    ['pledges', { periodDays: 5, objectionDays: 5 }, []],
    ['pledges', { periodDays: 61 }, ['periodDays']],
    ['pledges', { periodDays: 5.5 }, ['periodDays']],
    ['pledges', { objectionDays: 8 }, ['objectionDays']],
    ['pledges', { objectionDays: 0 }, ['objectionDays']],
    ['pledges', { villageId: null }, ['villageId']],
    ['progress', { participantId: 'p' }, []],
    ['plan', { villageId: null }, []],
    ['plan', {}, ['villageId']],
    ['plan', { villageId: null, participantId: 'p' }, ['participantId', 'villageId']],
    ['results', { villageId: null }, []],
    ['commendation', {}, []],
  ] as const)('%s with %j → %j', (kind, change, fields) => {
    const problems = publicationProblems({ ...base, kind, ...change });
    expect(problems.map((p) => p.field)).toEqual(fields);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('never accepts a period under five days, whatever the kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PUBLICATION_KINDS), fc.integer({ min: -5, max: 4 }), (kind, days) => {
        const problems = publicationProblems({ ...base, kind, periodDays: days, objectionDays: 1 });
        expect(problems.some((p) => p.field === 'periodDays')).toBe(true);
      }),
    );
  });
});
