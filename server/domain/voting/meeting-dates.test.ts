import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingDateProblem } from './meeting-dates.ts';

describe('meetingDateProblem', () => {
  it.each([
    ['2027-03-10', 2027, null],
    ['2027-01-01', 2027, null],
    ['2028-02-28', 2027, null],
    ['2026-12-31', 2027, '2027年度'],
    ['2028-03-01', 2027, '2027年度'],
    ['2207-03-10', 2027, '2027年度'],
  ] as const)('%s in campaign %i', (date, year, problem) => {
    const got = meetingDateProblem(date, year, '2027-03-01');
    if (problem === null) expect(got).toBeNull();
    else expect(got).toContain(problem);
  });

  it('without a campaign: within a year of today', () => {
    expect(meetingDateProblem('2027-06-01', null, '2027-03-01')).toBeNull();
    expect(meetingDateProblem('2028-03-01', null, '2027-03-01')).toBeNull();
    expect(meetingDateProblem('2028-03-02', null, '2027-03-01')).toContain('前后一年');
    expect(meetingDateProblem('1970-01-01', null, '2024-02-29')).toContain('前后一年');
  });

  it('today is always allowed without a campaign, and every day of the campaign year with one', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(meetingDateProblem(day, null, day)).toBeNull();
          expect(meetingDateProblem(day, Number(day.slice(0, 4)), '2000-01-01')).toBeNull();
        },
      ),
    );
  });
});
