import { randomInt } from 'node:crypto';

/**
 * Letters and digits a person copies from paper without mistakes: no 0/O/o, 1/l/I/i, and none of the
 * pairs that print alike (2/Z/z, 5/S/s, 8/B, 9/g/q, u/v, U/V, c/C, k/K, p/P, w/W, x/X, y/Y).
 */
export const READABLE_LETTERS = 'abdefhjmnrtADEFGHJLMNQRT';
export const READABLE_DIGITS = '34678';

/** A first password: 10 characters from a crypto source, letters and digits both (passes passwordProblems). */
export function firstPassword(): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = Array.from({ length: 10 }, (_, i) =>
    i % 3 === 2 ? pick(READABLE_DIGITS) : pick(READABLE_LETTERS),
  );
  return chars.join('');
}
