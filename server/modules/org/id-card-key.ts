import { createHmac, hkdfSync } from 'node:crypto';
import { maskIdCard } from '../../domain/person-id.ts';
import { ballotKey } from '../ballots/ballot-key.ts';

/**
 * The key under which ID-card numbers are hashed: a subkey (HKDF-SHA256) of the server key that
 * ballot codes use (VP_BALLOT_KEY, else DATA_DIR/ballot.key), so it too lives outside the database
 * and every server of a deployment derives the same one, yet a ballot-code hash and an ID hash never
 * share a key. This is the one place the subkey is derived. Losing or changing the server key makes
 * stored numbers unmatchable (imports would then create new persons), as it does ballot codes.
 */
const INFO = 'village-pledge/id-card/v1';
let derived: { from: Buffer; key: Buffer } | null = null;

function idCardKey(): Buffer {
  const base = ballotKey();
  if (derived?.from !== base) {
    derived = { from: base, key: Buffer.from(hkdfSync('sha256', base, '', INFO, 32)) };
  }
  return derived.key;
}

/** HMAC-SHA256 of a normalized number: what the database matches on. */
export const idCardHash = (id: string) => createHmac('sha256', idCardKey()).update(id).digest('hex');

/** The columns a person row keeps of a normalized number (null clears them). */
export function idCardColumns(id: string | null) {
  return id === null
    ? { idCardHash: null, idCardMasked: null }
    : { idCardHash: idCardHash(id), idCardMasked: maskIdCard(id) };
}
