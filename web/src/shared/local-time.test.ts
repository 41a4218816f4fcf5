// The browser of a test (or a phone) may run in any zone: these run with the process in UTC.
process.env.TZ = 'UTC';

import dayjs from 'dayjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timesIn } from './local-time.ts';

const MEETING = '2026-11-20T09:00:00+08:00';

describe('times in the township’s zone, with the process in UTC', () => {
  it('really runs in UTC (the browser-zone formatting would print 01:00)', () => {
    expect(new Date(MEETING).getHours()).toBe(1);
    expect(dayjs(MEETING).format('YYYY-MM-DD HH:mm')).toBe('2026-11-20 01:00');
  });

  it.each([
    ['Asia/Shanghai', MEETING, '2026年11月20日 09:00', '2026-11-20'],
    ['Asia/Shanghai', '2026-11-20T23:30:00+08:00', '2026年11月20日 23:30', '2026-11-20'],
    ['Asia/Shanghai', '2026-11-20T16:30:00Z', '2026年11月21日 00:30', '2026-11-21'],
    ['Asia/Urumqi', MEETING, '2026年11月20日 07:00', '2026-11-20'],
  ])('in %s, %s reads %s on %s', (zone, at, dateTime, date) => {
    const t = timesIn(zone);
    expect(t.dateTime(at)).toBe(dateTime);
    expect(t.date(at)).toBe(date);
  });

  it('a date picker shows the township’s wall clock and gives back the same instant', () => {
    const t = timesIn('Asia/Shanghai');
    const picked = t.toPicker(MEETING);
    expect(picked.format('YYYY-MM-DD HH:mm')).toBe('2026-11-20 09:00');
    expect(t.fromPicker(picked)).toBe('2026-11-20T09:00:00+08:00');
    expect(t.fromPicker(dayjs('2027-03-01T19:45'))).toBe('2027-03-01T19:45:00+08:00');
  });

  it('the picker round trip keeps every instant (to the minute), in zones with and without DST', () => {
    const minute = 60_000;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2020-01-01') / minute, max: Date.parse('2030-01-01') / minute }),
        fc.constantFrom('Asia/Shanghai', 'Asia/Urumqi', 'Asia/Kolkata'),
        (minutes, zone) => {
          const t = timesIn(zone);
          const at = new Date(minutes * minute);
          expect(Date.parse(t.fromPicker(t.toPicker(at)))).toBe(at.getTime());
        },
      ),
    );
  });

  it('a new meeting defaults to tomorrow 09:00 in the township', () => {
    const t = timesIn('Asia/Shanghai');
    const value = t.fromPicker(t.pickerDay(1, '09:00'));
    expect(value.endsWith('T09:00:00+08:00')).toBe(true);
  });
});
