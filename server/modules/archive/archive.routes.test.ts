import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageReport } from '../../../scripts/archive-verify.ts';
import { ROOT_DIR } from '../../config.ts';
import type { Tx } from '../../db/client.ts';
import {
  auditLog,
  campaigns,
  candidatePledges,
  electionCandidates,
  elections,
  pledgeSets,
} from '../../db/schema/index.ts';
import type { ArchiveManifest } from '../../domain/archive/manifest.ts';
import { digestOf, sha256Hex } from '../../domain/archive/seal-digest.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { checkSeal, type SealCheck } from '../campaigns/campaign-seal.ts';
import { confirmResults } from '../county/county.test-support.ts';
import { MODULES } from '../index.ts';
import { ok } from '../pledges/pledges.test-support.ts';
import { closeOpenSanctions } from '../sanctions/sanctions.test-support.ts';

type Submission = { xlsxSha256: string; docxSha256: string };

/**
 * The demo's 2026 year (approved pledge sets, certified votes, progress photos) archived, its package
 * downloaded over HTTP, verified offline, then altered by one byte in each kind of entry and refused.
 */

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** The package with one entry changed by one byte (then zipped again, as someone editing it would). */
function alter(
  zip: Uint8Array,
  path: string,
  change: (bytes: Uint8Array) => Uint8Array<ArrayBuffer>,
): Uint8Array {
  const entries = unzipSync(zip);
  expect(entries[path], path).toBeDefined();
  entries[path] = change(entries[path]!);
  return zipSync(entries);
}

/** One byte of a text replaced by another character of one byte, inside a string value (still JSON). */
function oneByteInText(bytes: Uint8Array, inside: string): Uint8Array<ArrayBuffer> {
  const text = utf8(bytes);
  const at = text.indexOf(inside);
  expect(at, inside).toBeGreaterThanOrEqual(0);
  const offset = bytesOf(text.slice(0, at)).length;
  const copy = new Uint8Array(bytes);
  copy[offset] = copy[offset] === 0x30 ? 0x31 : 0x30;
  return copy;
}

const flipByte = (at: 'middle' | number) => (bytes: Uint8Array) => {
  const copy = new Uint8Array(bytes);
  const i = at === 'middle' ? Math.floor(bytes.length / 2) : at;
  copy[i] = copy[i]! ^ 0x01;
  return copy;
};

describe('the archive package of a sealed year', () => {
  let t: TestContext;
  let campaignId: string;
  let zip: Uint8Array;
  let manifest: ArchiveManifest;
  let manifestSha: string;
  let submission: Submission;
  const dir = mkdtempSync(join(tmpdir(), 'vp-package-'));

  beforeAll(async () => {
    t = await createTestContext();
    const office = await t.as('office');
    const list = ok(await office.get('/api/campaigns')) as { id: string; year: number }[];
    campaignId = list.find((c) => c.year === 2026)!.id;
    // Later phases need other modules' facts (grades, sanctions): put the year at 奖惩, confirm its
    // results, close its open 奖惩 tasks and submit the results to the county (archiving waits for
    // both), then archive it.
    await t.database.db.update(campaigns).set({ phase: 'sanctions' }).where(eq(campaigns.id, campaignId));
    await confirmResults(t.database.db, campaignId);
    await closeOpenSanctions(t.database, campaignId);
    submission = ok(
      await office.post(`/api/county/reports/${campaignId}/submissions`, {}),
      201,
    ) as Submission;
    ok(await office.post(`/api/campaigns/${campaignId}/transition`, { to: 'archived' }));
    const res = await office.get(`/api/campaigns/${campaignId}/archive.zip`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    zip = new Uint8Array(res.rawPayload);
    manifestSha = String(res.headers['x-manifest-sha256']);
    manifest = JSON.parse(utf8(unzipSync(zip)['manifest.json']!));
  }, 300_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('holds every module’s sealed records, whose digests are the seal’s', async () => {
    const [campaign] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    expect(manifest.seal).toEqual({ hash: campaign!.sealHash, parts: campaign!.sealParts });
    expect(manifest.campaign).toMatchObject({ year: 2026, township: '愚公乡' });
    expect(manifest.auditChainHead).toEqual(campaign!.sealParts!.audit!.anchor);
    const entries = unzipSync(zip);
    for (const [name, part] of Object.entries(campaign!.sealParts!)) {
      const module = manifest.modules.find((m) => m.name === name)!;
      expect(module.path).toBe(`data/${name}.json`);
      expect(digestOf(JSON.parse(utf8(entries[module.path]!)))).toBe(part.digest);
    }
  });

  it('holds a 承诺书 per approved set, a 表决结果记录 per certified poll, and the evidence photos', async () => {
    const approved = await t.database.db
      .select({ id: pledgeSets.id })
      .from(pledgeSets)
      .where(and(eq(pledgeSets.campaignId, campaignId), eq(pledgeSets.status, 'approved')));
    const paths = manifest.entries.map((e) => e.path);
    const letters = paths.filter((p) => p.startsWith('documents/承诺书/') && p.endsWith('承诺书.docx'));
    expect(letters).toHaveLength(approved.length);
    expect(paths.filter((p) => p.startsWith('documents/表决结果记录/')).length).toBeGreaterThan(0);
    const photos = paths.filter((p) => /^files\/[0-9a-f]{64}\.jpg$/.test(p));
    expect(photos.length).toBeGreaterThan(0);
    const entries = unzipSync(zip);
    for (const path of photos) expect(`files/${sha256Hex(entries[path]!)}.jpg`).toBe(path);
    // A docx is itself a zip (stored, not deflated twice) and opens as one.
    expect(utf8(entries[letters[0]!]!.subarray(0, 2))).toBe('PK');
  });

  it('holds the result table and report submitted to the county, byte for byte as submitted', () => {
    const county = manifest.entries.filter((e) => e.path.startsWith('documents/上报县级/第1次上报/'));
    expect(county.map((e) => e.path).sort()).toEqual(
      [
        'documents/上报县级/第1次上报/愚公乡2026年度村干部承诺考评结果汇总表.xlsx',
        'documents/上报县级/第1次上报/关于愚公乡2026年度村干部承诺考评结果的报告.docx',
      ].sort(),
    );
    const entries = unzipSync(zip);
    const shaOf = (ext: string) => sha256Hex(entries[county.find((e) => e.path.endsWith(ext))!.path]!);
    expect(shaOf('.xlsx')).toBe(submission.xlsxSha256);
    expect(shaOf('.docx')).toBe(submission.docxSha256);
  });

  it('carries the manifest’s hash in README.txt and manifest.sha256, and records the download', async () => {
    const entries = unzipSync(zip);
    expect(sha256Hex(entries['manifest.json']!)).toBe(manifestSha);
    const readme = utf8(entries['README.txt']!);
    expect(readme).toContain(manifestSha);
    expect(readme).toContain('npm run archive:verify');
    expect(readme).toContain(manifest.seal.hash);
    expect(utf8(entries['manifest.sha256']!)).toContain(`${manifestSha}  manifest.json`);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'archive.download'), eq(auditLog.entityId, campaignId)));
    expect(entry).toMatchObject({ actorName: expect.any(String), entity: 'campaign' });
    expect(entry!.after).toMatchObject({
      manifestSha256: manifestSha,
      sealHash: manifest.seal.hash,
      bytes: zip.length,
    });
    const view = ok(await (await t.as('county')).get(`/api/campaigns/${campaignId}/archive`));
    expect(view).toMatchObject({
      allowedActions: ['download'],
      unavailableReason: null,
      sealHash: manifest.seal.hash,
    });
    expect(view.packages[0]).toMatchObject({ manifestSha256: manifestSha, bytes: zip.length });
  });

  it('is verified offline', () => {
    const report = packageReport(zip);
    expect(report.lines.join('\n')).toContain('OK');
    expect(report.exitCode).toBe(0);
    expect(report.lines[0]).toMatch(/^归档包：.*愚公乡 2026 年度/);
  });

  it.each<[string, (zip: Uint8Array, m: ArchiveManifest) => Uint8Array, (m: ArchiveManifest) => string]>([
    [
      'a data JSON',
      (z) => alter(z, 'data/pledges.json', (b) => oneByteInText(b, '2026-')),
      () => 'data/pledges.json（承诺事项）的记录已被改动，与封存的校验值不符',
    ],
    [
      'a document',
      (z, m) =>
        alter(z, m.entries.find((e) => e.path.startsWith('documents/承诺书/'))!.path, flipByte('middle')),
      (m) =>
        `${m.entries.find((e) => e.path.startsWith('documents/承诺书/'))!.path} 已被改动（SHA-256 与清单不符）`,
    ],
    [
      'a document submitted to the county',
      (z, m) =>
        alter(z, m.entries.find((e) => e.path.startsWith('documents/上报县级/'))!.path, flipByte('middle')),
      (m) =>
        `${m.entries.find((e) => e.path.startsWith('documents/上报县级/'))!.path} 已被改动（SHA-256 与清单不符）`,
    ],
    [
      'a photo',
      (z, m) => alter(z, m.entries.find((e) => e.path.startsWith('files/'))!.path, flipByte('middle')),
      (m) => `${m.entries.find((e) => e.path.startsWith('files/'))!.path} 已被改动（SHA-256 与清单不符）`,
    ],
    [
      'the manifest',
      (z) => alter(z, 'manifest.json', (b) => oneByteInText(b, '2026')),
      () => 'manifest.json 已被改动（其 SHA-256 与 manifest.sha256 中记载的不符）',
    ],
  ])('refuses the package with one byte changed in %s, naming it', (_what, change, message) => {
    const report = packageReport(change(zip, manifest));
    expect(report.exitCode).toBe(1);
    expect(report.lines).toContain(`  不符：${message(manifest)}`);
    expect(report.lines.at(-1)).toMatch(/^归档包校验失败：共 \d+ 处不符。$/);
  });

  it('refuses a photo changed by one byte in the zip file itself (stored, so its bytes are the photo’s)', () => {
    const photo = manifest.entries.find((e) => e.path.startsWith('files/'))!;
    const name = bytesOf(photo.path);
    // The local header of the entry: signature, 26 bytes of fields, the name, then (no extra field) the data.
    let at = -1;
    for (let i = 0; i < zip.length - name.length; i++) {
      if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 3 && zip[i + 3] === 4) {
        const nameLength = zip[i + 26]! | (zip[i + 27]! << 8);
        if (nameLength === name.length && name.every((c, k) => zip[i + 30 + k] === c)) {
          at = i + 30 + nameLength + (zip[i + 28]! | (zip[i + 29]! << 8)) + 100;
          break;
        }
      }
    }
    expect(at).toBeGreaterThan(0);
    const report = packageReport(flipByte(at)(zip));
    expect(report.exitCode).toBe(1);
    expect(report.lines).toContain(`  不符：${photo.path} 已被改动（SHA-256 与清单不符）`);
  });

  it('names a missing and an extra entry', () => {
    const entries = unzipSync(zip);
    const document = manifest.entries.find((e) => e.path.startsWith('documents/表决结果记录/'))!.path;
    delete entries[document];
    entries['documents/补充材料.txt'] = bytesOf('后加的');
    const report = packageReport(zipSync(entries));
    expect(report.exitCode).toBe(1);
    expect(report.lines).toContain(`  不符：缺少 ${document}（清单中有，包中没有）`);
    expect(report.lines).toContain('  不符：多出 documents/补充材料.txt（清单中没有这个文件）');
  });

  it('npm run archive:verify PACKAGE.zip exits 0 on the package and 1 on an altered one, without a database', async () => {
    const run = (path: string) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        // No database configured at all: DATA_DIR points nowhere, DATABASE_URL is empty.
        const env = { ...process.env, DATABASE_URL: '', DATA_DIR: join(dir, 'no-database') };
        execFile(
          process.execPath,
          ['--import', 'tsx', join(ROOT_DIR, 'scripts/archive-verify.ts'), path],
          { cwd: ROOT_DIR, env },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
        );
      });
    const good = join(dir, '愚公乡2026年度考评归档包.zip');
    writeFileSync(good, zip);
    const intact = await run(good);
    expect(intact.out).toContain('OK');
    expect(intact.code).toBe(0);
    const bad = join(dir, 'altered.zip');
    writeFileSync(
      bad,
      alter(zip, 'data/pledges.json', (b) => oneByteInText(b, '2026-')),
    );
    const altered = await run(bad);
    expect(altered.code).toBe(1);
    expect(altered.out).toContain('data/pledges.json（承诺事项）的记录已被改动');
    const missing = await run(join(dir, 'nothing.zip'));
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('无法读取归档包');
  }, 120_000);

  it('is refused to a village account, and for a year not archived', async () => {
    expect((await (await t.as('cadre')).get(`/api/campaigns/${campaignId}/archive.zip`)).statusCode).toBe(
      403,
    );
    const office = await t.as('office');
    const list = ok(await office.get('/api/campaigns')) as { id: string; year: number }[];
    const open = list.find((c) => c.year === 2027)!.id;
    const res = await office.get(`/api/campaigns/${open}/archive.zip`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('该年度考评活动归档封存后才能下载归档包');
    const view = ok(await office.get(`/api/campaigns/${open}/archive`));
    expect(view).toMatchObject({
      allowedActions: [],
      unavailableReason: '该年度考评活动归档封存后才能下载归档包',
    });
  });

  /** What the seal check says of the year after `tamper` (SQL), rolled back afterwards. */
  async function sealAfter(tamper: (tx: Tx) => Promise<unknown>): Promise<SealCheck> {
    let check: SealCheck | undefined;
    await t.database
      .transaction(async (tx) => {
        await tamper(tx);
        const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
        check = await checkSeal(tx, { ...campaign!, sealHash: campaign!.sealHash! }, MODULES);
        throw new Error('rollback');
      })
      .catch((error: Error) => {
        if (error.message !== 'rollback') throw error;
      });
    return check!;
  }

  it('covers the 换届 elections: a candidate’s public pledge changed after sealing is named', async () => {
    const [pledge] = await t.database.db
      .select({ id: candidatePledges.id })
      .from(candidatePledges)
      .innerJoin(electionCandidates, eq(electionCandidates.id, candidatePledges.candidateId))
      .innerJoin(elections, eq(elections.id, electionCandidates.electionId))
      .where(eq(elections.campaignId, campaignId))
      .limit(1);
    expect(pledge, 'the demo’s 2026 has a 换届 candidate with public pledges').toBeDefined();
    expect(await sealAfter(async () => undefined)).toMatchObject({ intact: true, changed: [] });
    const check = await sealAfter((tx) =>
      tx.update(candidatePledges).set({ title: '改过的承诺' }).where(eq(candidatePledges.id, pledge!.id)),
    );
    expect(check).toMatchObject({ intact: false, changed: ['换届选举竞聘承诺'] });
  });

  // A year's records in a table of its own (a campaign_id column) are under some module's seal:
  // deleting them after sealing is noticed. Rectification of 软弱涣散 villages runs on after the year
  // is archived (weak-organizations.module.ts), so it is not sealed.
  const NOT_SEALED = new Set(['weak_organizations']);

  it('notices the year’s rows deleted from any table that records them by campaign', async () => {
    const tables = (
      (await t.database.db.execute(sql`
        select c.table_name from information_schema.columns c
        join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and c.column_name = 'campaign_id' and t.table_type = 'BASE TABLE'
        order by c.table_name`)) as unknown as { rows: { table_name: string }[] }
    ).rows.map((r) => r.table_name);
    expect(tables).toContain('elections');
    const unnoticed: string[] = [];
    let checked = 0;
    for (const table of tables.filter((name) => !NOT_SEALED.has(name))) {
      const name = sql.identifier(table);
      const rows = (await t.database.db.execute(
        sql`select count(*)::int as n from ${name} where campaign_id = ${campaignId}`,
      )) as unknown as { rows: { n: number }[] };
      if (rows.rows[0]!.n === 0) continue;
      checked++;
      // Replica mode: no foreign key or immutability trigger stops the deletion (as a hand in SQL could).
      const check = await sealAfter(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`delete from ${name} where campaign_id = ${campaignId}`);
      });
      if (check.intact) unnoticed.push(table);
    }
    expect(checked).toBeGreaterThan(15);
    expect(unnoticed).toEqual([]);
  }, 300_000);

  it('is not built from records changed after sealing, and says which', async () => {
    await t.database.db.execute(
      sql`update pledges set title = title || '（改）' where id = (select id from pledges where campaign_id = ${campaignId} limit 1)`,
    );
    const res = await (await t.as('office')).get(`/api/campaigns/${campaignId}/archive.zip`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('归档后被改动的记录：承诺事项');
  });
});
