import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localToday } from '../local-time.ts';
import { deadlineStanding } from './deadline.ts';

describe('commitment deadline in the township zone', () => {
  it.each([
    // 20:00 UTC on 03-31 is already 04-01 04:00 in Shanghai: the 03-31 deadline has passed.
    ['2026-03-31T20:00:00Z', 'Asia/Shanghai', { today: '2026-04-01', pastDeadline: true, daysLeft: -1 }],
    ['2026-03-31T15:59:59Z', 'Asia/Shanghai', { today: '2026-03-31', pastDeadline: false, daysLeft: 0 }],
    ['2026-03-31T16:00:00Z', 'Asia/Shanghai', { today: '2026-04-01', pastDeadline: true, daysLeft: -1 }],
    ['2026-03-31T20:00:00Z', 'UTC', { today: '2026-03-31', pastDeadline: false, daysLeft: 0 }],
    ['2026-03-20T02:00:00Z', 'Asia/Shanghai', { today: '2026-03-20', pastDeadline: false, daysLeft: 11 }],
    ['2026-04-01T03:00:00Z', 'Asia/Urumqi', { today: '2026-04-01', pastDeadline: true, daysLeft: -1 }],
  ])('at %s in %s', (instant, zone, expected) => {
    expect(deadlineStanding('2026-03-31', zone, new Date(instant))).toEqual(expected);
  });

  it('is past exactly when days left are negative, and today is the local date (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2028-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('Asia/Shanghai', 'Asia/Urumqi', 'UTC'),
        (now, zone) => {
          const standing = deadlineStanding('2027-03-31', zone, now);
          expect(standing.today).toBe(localToday(zone, now));
          expect(standing.pastDeadline).toBe(standing.daysLeft < 0);
        },
      ),
    );
  });
});
