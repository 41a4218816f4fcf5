import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_CHARS, CROCKFORD, encodeBase32, groupCode, normalizeCode } from './ballot-code.ts';

describe('ballot codes', () => {
  it('carry 60 bits in 12 Crockford characters, grouped by four', () => {
    expect(CODE_CHARS * Math.log2(CROCKFORD.length)).toBeGreaterThanOrEqual(60);
    const code = groupCode(encodeBase32(randomBytes(8), CODE_CHARS));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('normalize what a villager types back to the same code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const raw = encodeBase32(bytes, CODE_CHARS);
        expect(normalizeCode(groupCode(raw))).toBe(raw);
        expect(normalizeCode(` ${groupCode(raw).toLowerCase()} `)).toBe(raw);
        expect(normalizeCode(raw.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(raw);
      }),
    );
  });

  it('refuse what cannot be a code', () => {
    expect(normalizeCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normalizeCode('ABCD-EFGH-JKMU')).toBeNull();
    expect(normalizeCode('')).toBeNull();
  });
});
