import { describe, expect, it } from 'vitest';
import { CROCKFORD, normalizeCode } from '../../domain/voting/ballot-code.ts';
import { codeHmac } from '../ballots/ballot-key.ts';
import { letterCodeHash, newLetterCode } from './letter-code.ts';

describe('a letter’s tracking code', () => {
  it('is 12 unambiguous characters in groups of four, fresh each time', () => {
    const codes = new Set(Array.from({ length: 200 }, newLetterCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^.{4}-.{4}-.{4}$/);
      for (const ch of code.replace(/-/g, '')) expect(CROCKFORD).toContain(ch);
      expect(code).not.toMatch(/[ILOU]/);
    }
  });

  it('hashes what was typed, however it was typed, and never as a ballot code would hash', () => {
    const code = newLetterCode();
    const hash = letterCodeHash(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(letterCodeHash(code.toLowerCase().replace(/-/g, ' '))).toBe(hash);
    expect(letterCodeHash(code.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(hash);
    expect(hash).not.toBe(codeHmac(normalizeCode(code)!));
    expect(letterCodeHash('ABCD-EFGH')).toBeNull();
  });
});
