import { describe, expect, it } from 'vitest';
import { zonedDayRange } from './zoned-day.ts';

describe('the days picked in the audit filter, in the township’s time zone', () => {
  it.each([
    ['Asia/Shanghai', '2027-03-01', '2027-03-01', '2027-02-28T16:00:00.000Z', '2027-03-01T15:59:59.999Z'],
    ['Asia/Shanghai', '2027-12-31', '2028-01-02', '2027-12-30T16:00:00.000Z', '2028-01-02T15:59:59.999Z'],
    ['UTC', '2027-03-01', '2027-03-01', '2027-03-01T00:00:00.000Z', '2027-03-01T23:59:59.999Z'],
    ['Asia/Urumqi', '2027-03-01', '2027-03-01', '2027-02-28T18:00:00.000Z', '2027-03-01T17:59:59.999Z'],
    ['America/St_Johns', '2027-01-10', '2027-01-10', '2027-01-10T03:30:00.000Z', '2027-01-11T03:29:59.999Z'],
  ])('%s %s – %s', (zone, first, last, from, to) => {
    expect(zonedDayRange(first, last, zone)).toEqual({ from, to });
  });
});
