import { randomBytes } from 'node:crypto';
import { CODE_CHARS, encodeBase32, groupCode, normalizeCode } from '../../domain/voting/ballot-code.ts';
import { codeHmac } from '../ballots/ballot-key.ts';

/**
 * 查询码 of a letter: the ballot code's form (12 Crockford base32 characters, 60 random bits, grouped
 * ABCD-EFGH-JKMN so it can be read aloud and typed from a slip) and its keyed hash, under a prefix of
 * its own so a letter's hash never equals a ballot code's.
 */
export const newLetterCode = () => groupCode(encodeBase32(randomBytes(8), CODE_CHARS));

/** The stored hash of a typed code, or null when what was typed cannot be a code. */
export function letterCodeHash(typed: string): string | null {
  const normalized = normalizeCode(typed);
  return normalized === null ? null : codeHmac(`letter:${normalized}`);
}
