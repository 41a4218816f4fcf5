import { describe, expect, it } from 'vitest';
import { passwordProblems } from '../auth/password.ts';
import { firstPassword, READABLE_DIGITS, READABLE_LETTERS } from './first-password.ts';

describe('firstPassword', () => {
  const samples = Array.from({ length: 500 }, firstPassword);

  it('uses no character that reads like another (0/O, 1/l …)', () => {
    for (const p of samples) expect(p).not.toMatch(/[0OoIl1iZz2Ss5B]/);
    expect(READABLE_LETTERS + READABLE_DIGITS).not.toMatch(/[0Ol1I]/);
  });

  it('passes the rules a new password must pass, for any username', () => {
    for (const p of samples) expect(passwordProblems(p, 'pw1234')).toEqual([]);
  });

  it('is random (500 draws, no repeat)', () => {
    expect(new Set(samples).size).toBe(samples.length);
  });
});
