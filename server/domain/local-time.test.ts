import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatLocalDate,
  formatLocalDateTime,
  localDate,
  localToday,
} from './local-time.ts';

describe('local time of the township', () => {
  it.each([
    ['2026-03-31T15:59:59Z', '2026-03-31'],
    ['2026-03-31T16:00:00Z', '2026-04-01'],
    ['2026-12-31T16:30:00Z', '2027-01-01'],
  ])('%s is %s in Asia/Shanghai', (instant, date) => {
    expect(localDate(new Date(instant), 'Asia/Shanghai')).toBe(date);
  });

  it('today follows the zone, not UTC: 8 hours earlier than UTC midnight', () => {
    expect(localToday('Asia/Shanghai', new Date('2026-04-01T01:00:00Z'))).toBe('2026-04-01');
    expect(localToday('Asia/Shanghai', new Date('2026-03-31T23:00:00Z'))).toBe('2026-04-01');
    expect(localToday('UTC', new Date('2026-03-31T23:00:00Z'))).toBe('2026-03-31');
  });

  it('formats for people', () => {
    expect(formatLocalDateTime(new Date('2026-12-01T01:05:00Z'))).toBe('2026年12月1日 09:05');
    expect(formatLocalDate('2026-03-31')).toBe('2026年3月31日');
  });

  it('a local date is never more than one day from the UTC date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          const utc = d.toISOString().slice(0, 10);
          expect([0, 1]).toContain(daysBetween(utc, localDate(d, 'Asia/Shanghai')));
        },
      ),
    );
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-01', 30, '2026-12-31'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i = %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));
});
