import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceHash, hammingDistance, isSimilarPhoto } from './perceptual-hash.ts';

const pixels = (f: (x: number, y: number) => number) =>
  Uint8Array.from({ length: 72 }, (_, i) => f(i % 9, Math.floor(i / 9)));

describe('differenceHash', () => {
  it.each([
    ['flat image: no pixel brighter than its neighbour', pixels(() => 128), '0000000000000000'],
    ['falling left to right: every bit set', pixels((x) => 200 - x * 10), 'ffffffffffffffff'],
    ['rising left to right: no bit set', pixels((x) => x * 10), '0000000000000000'],
    ['only the first row falls', pixels((x, y) => (y === 0 ? 200 - x : 0)), 'ff00000000000000'],
  ])('%s', (_name, input, hash) => {
    expect(differenceHash(input)).toBe(hash);
  });

  it('refuses a wrong pixel count', () => {
    expect(() => differenceHash(new Uint8Array(10))).toThrow();
  });
});

describe('hammingDistance', () => {
  it.each([
    ['0000000000000000', '0000000000000000', 0],
    ['0000000000000000', 'ffffffffffffffff', 64],
    ['ff00000000000000', '0f00000000000000', 4],
    ['0000000000000001', '0000000000000003', 1],
  ])('%s vs %s = %i', (a, b, d) => {
    expect(hammingDistance(a, b)).toBe(d);
  });

  it('is a metric on 64-bit hashes (symmetric, zero on itself, triangle inequality)', () => {
    const hash = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0'));
    fc.assert(
      fc.property(hash, hash, hash, (a, b, c) => {
        expect(hammingDistance(a, a)).toBe(0);
        expect(hammingDistance(a, b)).toBe(hammingDistance(b, a));
        expect(hammingDistance(a, c)).toBeLessThanOrEqual(hammingDistance(a, b) + hammingDistance(b, c));
      }),
    );
  });

  it('calls photos similar up to the threshold only', () => {
    expect(isSimilarPhoto('0000000000000000', '000000000000003f')).toBe(true);
    expect(isSimilarPhoto('0000000000000000', '000000000000007f')).toBe(false);
  });
});
