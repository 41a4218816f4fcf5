import type { AddressInfo } from 'node:net';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../http/auth.ts';
import { createTestContext } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../demo/demo-data.ts';
import { buildRosterTemplate, XLSX_TYPE } from './roster.workbook.ts';

/**
 * A zip bomb posted to the real import route of a listening server: a 4 MB .xlsx whose sheet unpacks
 * to 4 GiB. It must be refused (400, Chinese) within a second or two, with the process's memory
 * barely moving, while /api/health keeps answering at once (casting shares the same event loop).
 */

const SHEET = 'xl/worksheets/sheet1.xml';
const MiB = 1024 * 1024;

/**
 * Raw deflate data for `head` followed by `copies` × 16 MiB of spaces, built without ever holding
 * the unpacked text: one fully flushed (self-contained, non-final) block of spaces repeated, then an
 * empty final block. Deflate's best ratio (~1000:1) makes 16 MiB of spaces about 16 KB.
 */
function bombData(head: string, copies: number): { data: Buffer; size: number } {
  const flushed = (text: Buffer) => deflateRawSync(text, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const spaces = Buffer.alloc(16 * MiB, 0x20);
  const block = flushed(spaces);
  const parts = [flushed(Buffer.from(head)), ...Array(copies).fill(block), deflateRawSync(Buffer.alloc(0))];
  return { data: Buffer.concat(parts), size: head.length + copies * spaces.length };
}

type Entry = { name: string; data: Buffer; size: number; crc: number };

/** A zip of deflated entries, written by hand (JSZip would need the 4 GiB text in memory). */
function zipOf(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size % 2 ** 32, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size % 2 ** 32, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The real roster template with its first sheet replaced by `sheet`. */
async function templateWith(sheet: Entry): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildRosterTemplate());
  const entries: Entry[] = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    if (name === SHEET) {
      entries.push(sheet);
      continue;
    }
    const text = await file.async('nodebuffer');
    entries.push({ name, data: deflateRawSync(text), size: text.length, crc: crc32(text) });
  }
  return zipOf(entries);
}

const t = await createTestContext();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
afterAll(() => t.close());

const login = await t.app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: 'office', password: DEMO_PASSWORD },
});
const cookies = login.cookies as { name: string; value: string }[];
const headers = {
  cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  [CSRF_HEADER]: cookies.find((c) => c.name === 'vp_csrf')?.value ?? '',
  'content-type': XLSX_TYPE,
};

/** Posts the file while /api/health is asked every 20 ms; returns the answer, its time, health's worst time and the RSS peak. */
async function importWhileWatching(file: Buffer) {
  await (await fetch(`${base}/api/health`)).arrayBuffer(); // the connection is open before timing
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  let slowestHealth = 0;
  let healthAnswers = 0;
  let done = false;
  const watch = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      slowestHealth = Math.max(slowestHealth, performance.now() - started);
      healthAnswers += 1;
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const started = performance.now();
  const res = await fetch(`${base}/api/roster/import?dryRun=true`, {
    method: 'POST',
    headers,
    body: new Uint8Array(file),
  });
  const body = (await res.json()) as { error: { code: string; message: string; field?: string } };
  const took = performance.now() - started;
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  done = true;
  await watch;
  return { status: res.status, body, took, slowestHealth, healthAnswers, rssGrowth: rssPeak - rssBefore };
}

describe('the roster import route against a zip bomb', () => {
  it('refuses 4 MB that unpack to 4 GiB within two seconds, memory bounded, health answered throughout', async () => {
    const head = '<?xml version="1.0"?><worksheet><sheetData>';
    const { data, size } = bombData(head, 256);
    const file = await templateWith({ name: SHEET, data, size, crc: 0 });
    expect(file.length).toBeLessThan(8 * MiB);
    expect(size / file.length).toBeGreaterThan(500);

    const answer = await importWhileWatching(file);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'IMPORT_FILE', field: 'file' });
    expect(answer.body.error.message).toMatch(/解压后内容过大/);
    expect(answer.took).toBeLessThan(2000);
    expect(answer.healthAnswers).toBeGreaterThan(0);
    expect(answer.slowestHealth).toBeLessThan(500);
    expect(answer.rssGrowth).toBeLessThan(200 * MiB);
  });

  it('refuses a sheet of 400 000 tiny rows by its row count, while reading', async () => {
    const row = '<row r="1"><c r="A1"/></row>';
    const text = Buffer.from(`<worksheet><sheetData>${row.repeat(400_000)}</sheetData></worksheet>`);
    const file = await templateWith({
      name: SHEET,
      data: deflateRawSync(text),
      size: text.length,
      crc: crc32(text),
    });

    const answer = await importWhileWatching(file);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('IMPORT_FILE');
    expect(answer.body.error.message).toMatch(/工作表超过 10000 行/);
    expect(answer.took).toBeLessThan(2000);
    expect(answer.slowestHealth).toBeLessThan(500);
  });
});
