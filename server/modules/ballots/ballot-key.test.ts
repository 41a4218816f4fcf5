import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHmac, keyFromFile, newBallotCode, newTracker } from './ballot-key.ts';

const dir = mkdtempSync(join(tmpdir(), 'vp-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the ballot key', () => {
  it('is generated once as a 0600 file in the data directory and read back after', () => {
    const first = keyFromFile(join(dir, 'data'));
    const path = join(dir, 'data', 'ballot.key');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(32);
    expect(keyFromFile(join(dir, 'data')).equals(first)).toBe(true);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.toString('hex'));
  });

  it('hashes codes with HMAC-SHA256; codes and receipts are random', () => {
    expect(codeHmac('ABCDEFGHJKMN')).toMatch(/^[0-9a-f]{64}$/);
    expect(codeHmac('ABCDEFGHJKMN')).not.toBe(codeHmac('ABCDEFGHJKMP'));
    const codes = new Set(Array.from({ length: 2000 }, newBallotCode));
    expect(codes.size).toBe(2000);
    expect(newTracker()).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });
});
