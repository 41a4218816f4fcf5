import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRejected } from './outcome.ts';

describe('the "more than half" boundary', () => {
  it('exactly half is not rejected; half + 1 is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (half) => {
        expect(isRejected(half, 2 * half)).toBe(false);
        expect(isRejected(half + 1, 2 * half)).toBe(true);
        expect(isRejected(half, 2 * half - 1)).toBe(true);
        expect(isRejected(half - 1, 2 * half - 1)).toBe(false);
      }),
    );
  });

  it('no votes at all is not a rejection', () => {
    expect(isRejected(0, 0)).toBe(false);
  });
});
