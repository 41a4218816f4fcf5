/**
 * Ballot codes and receipts in Crockford base32: no I, L, O or U, case-insensitive, grouped by four
 * so a villager can type one from a slip. A code carries 60 random bits (12 characters).
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_CHARS = 12;
export const TRACKER_CHARS = 10;

/** Encodes random bytes (≥ 5 bits each character) as `chars` base32 characters. */
export function encodeBase32(bytes: Uint8Array, chars: number): string {
  if (bytes.length * 8 < chars * 5) throw new Error('not enough random bytes');
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < chars; i++) {
    out += CROCKFORD[Number(value & 31n)];
    value >>= 5n;
  }
  return out;
}

/** ABCD-EFGH-JKMN: groups of four. */
export const groupCode = (raw: string) => raw.match(/.{1,4}/g)?.join('-') ?? raw;

/**
 * What a villager typed, as the canonical code: upper case, separators dropped, the look-alikes
 * O → 0 and I / L → 1 mapped. Null when it cannot be a code.
 */
export function normalizeCode(typed: string): string | null {
  const raw = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (raw.length !== CODE_CHARS) return null;
  for (const ch of raw) if (!CROCKFORD.includes(ch)) return null;
  return raw;
}
