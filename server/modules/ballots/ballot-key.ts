import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../../config.ts';
import { CODE_CHARS, encodeBase32, groupCode, TRACKER_CHARS } from '../../domain/voting/ballot-code.ts';

/**
 * The key under which ballot codes are hashed. It lives outside the database, so a copy of the
 * database alone cannot test guessed codes: env VP_BALLOT_KEY (≥ 32 characters; every server of a
 * PostgreSQL deployment needs the same one), else `ballot.key` (mode 0600) in the data directory,
 * generated on first use. Under Vitest, a random key in memory.
 */
let key: Buffer | null = null;

export function setBallotKey(value: Buffer): void {
  key = value;
}

export function keyFromFile(dataDir: string): Buffer {
  const path = join(dataDir, 'ballot.key');
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(path)) {
    try {
      writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(path, 0o600);
  const hex = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${path}: not a 32-byte hex key`);
  return Buffer.from(hex, 'hex');
}

export function ballotKey(): Buffer {
  if (key) return key;
  const fromEnv = process.env.VP_BALLOT_KEY;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('VP_BALLOT_KEY must have at least 32 characters');
    key = Buffer.from(fromEnv, 'utf8');
  } else if (process.env.VITEST) {
    key = randomBytes(32);
  } else {
    key = keyFromFile(readConfig().dataDir);
  }
  return key;
}

/** HMAC-SHA256 of a normalized code under the ballot key: all the database ever holds of a code. */
export const codeHmac = (normalized: string) =>
  createHmac('sha256', ballotKey()).update(normalized).digest('hex');

/** A fresh code, grouped for printing (ABCD-EFGH-JKMN, 60 random bits). */
export const newBallotCode = () => groupCode(encodeBase32(randomBytes(8), CODE_CHARS));

/** A fresh receipt (tracker) for a cast ballot: 50 random bits, ABCDE-FGHJK. */
export function newTracker(): string {
  const raw = encodeBase32(randomBytes(7), TRACKER_CHARS);
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}
