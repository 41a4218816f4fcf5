import { randomFillSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../domain/archive/seal-digest.ts';
import { ZipFileWriter, zipEntry, zipEntryNames } from './package-zip.ts';

const dir = mkdtempSync(join(tmpdir(), 'vp-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the archive zip writer', () => {
  it('writes stored and deflated entries that read back byte for byte, with UTF-8 names', async () => {
    const path = join(dir, 'small.zip');
    const zip = new ZipFileWriter(path, new Date('2026-12-01T08:00:00Z'));
    const photo = randomFillSync(new Uint8Array(50_000));
    const json = new TextEncoder().encode(
      JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ({ i })) }),
    );
    const a = await zip.add('files/photo.jpg', photo, false);
    const b = await zip.add('documents/承诺书/愚公村 李建国 承诺书.json', json, true);
    const size = await zip.finish();
    expect(size).toBe(statSync(path).size);
    expect(size).toBeLessThan(photo.length + json.length); // the JSON was deflated
    expect(a).toEqual({ path: 'files/photo.jpg', sha256: sha256Hex(photo), size: photo.length });
    expect(b.sha256).toBe(sha256Hex(json));
    const bytes = readFileSync(path);
    expect(zipEntryNames(bytes)).toEqual(['files/photo.jpg', 'documents/承诺书/愚公村 李建国 承诺书.json']);
    expect(zipEntry(bytes, 'files/photo.jpg')).toEqual(photo);
    expect(zipEntry(bytes, 'documents/承诺书/愚公村 李建国 承诺书.json')).toEqual(json);
    expect(zipEntry(bytes, 'nothing')).toBeNull();
  });

  it('holds one entry at a time: 300 photos of 1 MB pass through without the year in memory', async () => {
    const path = join(dir, 'year.zip');
    const zip = new ZipFileWriter(path, new Date());
    const PHOTOS = 300;
    const SIZE = 1024 * 1024;
    const base = process.memoryUsage().arrayBuffers;
    let peak = 0;
    for (let i = 0; i < PHOTOS; i++) {
      // A fresh buffer per photo, as each is read from the store.
      await zip.add(`files/${i}.jpg`, randomFillSync(new Uint8Array(SIZE)), false);
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
    }
    expect(await zip.finish()).toBeGreaterThan(PHOTOS * SIZE);
    // The whole year is 300 MB; what is held at once stays a small part of it.
    expect(peak).toBeLessThan((PHOTOS * SIZE) / 4);
  }, 120_000);
});
