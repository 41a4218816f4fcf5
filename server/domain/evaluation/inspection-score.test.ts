import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INSPECTION_STATUSES,
  type ItemInput,
  itemScore,
  participantScore,
  RECOGNITION_LEVELS,
  STATUS_CAPS,
  statusProgressProblem,
} from './inspection-score.ts';

const W = { progress: 60, recognition: 40 };

describe('itemScore', () => {
  it.each<[string, ItemInput, { progress: number; recognition: number }, number]>([
    [
      'done and recognized: full marks',
      { status: 'completed', progressPercent: 100, recognition: 'recognized' },
      W,
      100,
    ],
    [
      'done, basically recognized',
      { status: 'completed', progressPercent: 100, recognition: 'basically_recognized' },
      W,
      90,
    ],
    [
      'done but denied by villagers stays above 合格 by one',
      { status: 'completed', progressPercent: 100, recognition: 'not_recognized' },
      W,
      76,
    ],
    [
      'basically done 95 %: 57 + 40 = 97 capped at 89',
      { status: 'basically_completed', progressPercent: 95, recognition: 'recognized' },
      W,
      89,
    ],
    [
      'basically done 80 % basically recognized: 48 + 30 = 78',
      { status: 'basically_completed', progressPercent: 80, recognition: 'basically_recognized' },
      W,
      78,
    ],
    [
      'in progress 99 %: 59.4 + 40 capped at 74',
      { status: 'in_progress', progressPercent: 99, recognition: 'recognized' },
      W,
      74,
    ],
    [
      'in progress 33 %: 19.8 + 30 = 49.8',
      { status: 'in_progress', progressPercent: 33, recognition: 'basically_recognized' },
      W,
      49.8,
    ],
    [
      'not done 0 %, denied: 0 + 16',
      { status: 'not_completed', progressPercent: 0, recognition: 'not_recognized' },
      W,
      16,
    ],
    [
      'not done 70 % recognized: 42 + 40 capped at 59',
      { status: 'not_completed', progressPercent: 70, recognition: 'recognized' },
      W,
      59,
    ],
    [
      'weights from config: 50/50',
      { status: 'in_progress', progressPercent: 41, recognition: 'basically_recognized' },
      { progress: 50, recognition: 50 },
      58,
    ],
    [
      'weights from config: 100/0 (progress only)',
      { status: 'completed', progressPercent: 100, recognition: 'not_recognized' },
      { progress: 100, recognition: 0 },
      100,
    ],
    [
      'weights from config: 0/100 (recognition only), still capped',
      { status: 'not_completed', progressPercent: 0, recognition: 'recognized' },
      { progress: 0, recognition: 100 },
      59,
    ],
  ])('%s', (_name, input, weights, expected) => {
    expect(itemScore(input, weights)).toBe(expected);
  });

  it('is within 0..cap, with at most two decimals, for every input (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INSPECTION_STATUSES),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(...RECOGNITION_LEVELS),
        fc.integer({ min: 0, max: 100 }),
        (status, progressPercent, recognition, wp) => {
          const s = itemScore(
            { status, progressPercent, recognition },
            { progress: wp, recognition: 100 - wp },
          );
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(STATUS_CAPS[status]);
          expect(Math.round(s * 100) / 100).toBe(s);
        },
      ),
    );
  });

  it('never falls when progress or recognition rises (property)', () => {
    const order = { not_recognized: 0, basically_recognized: 1, recognized: 2 } as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...INSPECTION_STATUSES),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(...RECOGNITION_LEVELS),
        fc.constantFrom(...RECOGNITION_LEVELS),
        (status, a, b, r1, r2) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const [rl, rh] = order[r1] <= order[r2] ? [r1, r2] : [r2, r1];
          const low = itemScore({ status, progressPercent: lo, recognition: rl }, W);
          expect(itemScore({ status, progressPercent: hi, recognition: rh }, W)).toBeGreaterThanOrEqual(low);
        },
      ),
    );
  });
});

describe('statusProgressProblem', () => {
  it.each<[ItemInput['status'], number, boolean]>([
    ['completed', 100, true],
    ['completed', 99, false],
    ['basically_completed', 99, true],
    ['basically_completed', 100, false],
    ['in_progress', 0, true],
    ['not_completed', 0, true],
    ['not_completed', 100, false],
  ])('%s at %i %% fits: %s', (status, percent, fits) => {
    expect(statusProgressProblem(status, percent) === null).toBe(fits);
  });
});

describe('participantScore', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[100], 100],
    [[90, 80], 85],
    [[100, 90, 76], 88.67],
    // 78.5 + 78.51 + 78.5 = 235.51 / 3 = 78.50333… → 78.5
    [[78.5, 78.51, 78.5], 78.5],
    // 0.01 + 0.02 = 0.03 / 2 = 0.015 → half up 0.02 (floating point would give 0.01)
    [[0.01, 0.02], 0.02],
    // 49.8 + 74 + 59 + 16 = 198.8 / 4 = 49.7
    [[49.8, 74, 59, 16], 49.7],
  ])('mean of %j is %s', (items, expected) => {
    expect(participantScore(items)).toBe(expected);
  });

  it('lies between the lowest and highest item and is order-independent (property)', () => {
    const hundredths = fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100);
    fc.assert(
      fc.property(fc.array(hundredths, { minLength: 1, maxLength: 12 }), (items) => {
        const s = participantScore(items)!;
        expect(s).toBeGreaterThanOrEqual(Math.min(...items));
        expect(s).toBeLessThanOrEqual(Math.max(...items));
        expect(participantScore([...items].reverse())).toBe(s);
        expect(Math.round(s * 100) / 100).toBe(s);
      }),
    );
  });
});
