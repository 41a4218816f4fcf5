import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ManifestEntry } from '../../domain/archive/manifest.ts';
import { sha256Hex } from '../../domain/archive/seal-digest.ts';

/**
 * Writes a zip to a file entry by entry: each entry's bytes go straight through to the file (stored
 * as they are, or deflated), and the writer waits for the file to take them before the next entry,
 * so only the entry being written is in memory, whatever the size of the whole package.
 */
export class ZipFileWriter {
  private readonly zip: Zip;
  private readonly out: WriteStream;
  private error: Error | null = null;
  private written = 0;

  constructor(
    path: string,
    private readonly mtime: Date,
  ) {
    this.out = createWriteStream(path);
    this.out.on('error', (error) => {
      this.error ??= error;
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.error ??= error;
        return;
      }
      this.written += chunk.length;
      this.out.write(chunk);
      if (final) this.out.end();
    });
  }

  /** Adds one entry and says its SHA-256 and size; `compress` deflates it (text), else it is stored. */
  async add(path: string, bytes: Uint8Array, compress: boolean): Promise<ManifestEntry> {
    if (this.error) throw this.error;
    const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    entry.push(bytes, true);
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
    if (this.error) throw this.error;
    return { path, sha256: sha256Hex(bytes), size: bytes.length };
  }

  /** Writes the central directory and closes the file; the zip's size in bytes. */
  async finish(): Promise<number> {
    this.zip.end();
    await finished(this.out);
    if (this.error) throw this.error;
    return this.written;
  }

  /** Closes the file after a failure (the caller deletes it). */
  abort() {
    this.out.destroy();
  }
}

/** What a zip holds, read from its central directory: entry names in order (folders left out). */
export function zipEntryNames(zip: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(zip, {
    filter: (file) => {
      if (!file.name.endsWith('/')) names.push(file.name);
      return false;
    },
  });
  return names;
}

/**
 * The bytes of one entry (its first occurrence), unpacked alone: the zip is read once into memory and
 * each entry is unpacked only while it is checked. Throws when the entry cannot be unpacked.
 */
export function zipEntry(zip: Uint8Array, name: string): Uint8Array | null {
  let seen = false;
  const found = unzipSync(zip, {
    filter: (file) => {
      if (seen || file.name !== name) return false;
      seen = true;
      return true;
    },
  });
  return found[name] ?? null;
}
