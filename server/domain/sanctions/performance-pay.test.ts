import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, payFor, timesCoefficient } from './performance-pay.ts';

describe('base × coefficient in whole fen', () => {
  it.each([
    [100_000, 1.2, 120_000],
    [333, 0.8, 266],
    [5, 1.1, 6],
    // 50 × 1.15 is 57.4999… in floats; in ten-thousandths it is exactly 57.5, rounded up to 58.
    [50, 1.15, 58],
    [90, 0.35, 32],
    [1, 0.5, 1],
    [12_345_678, 0, 0],
  ])('%i fen × %d = %i fen', (base, coefficient, amount) =>
    expect(timesCoefficient(base, coefficient)).toBe(amount),
  );

  it('a grade without a coefficient leaves the amount open', () => {
    expect(payFor({ baseFen: 100, grade: '待定' }, { 优秀: 1.2 })).toEqual({
      coefficient: null,
      amountFen: null,
    });
  });

  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123_450, '1234.50'],
    [99_999_999_999, '999999999.99'],
  ])('%i fen is %s yuan', (fen, yuan) => expect(fenToYuan(fen)).toBe(yuan));

  it('property: the amount is within half a fen of the exact product and never below zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (base, tenThousandths) => {
          const amount = timesCoefficient(base, tenThousandths / 10_000);
          const exact = (BigInt(base) * BigInt(tenThousandths) * 2n + 10_000n) / 20_000n;
          expect(BigInt(amount)).toBe(exact);
        },
      ),
    );
  });
});
