import { readFileSync, rmSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageReport } from '../../../scripts/archive-verify.ts';
import type { Database } from '../../db/client.ts';
import { campaigns, countySubmissions } from '../../db/schema/index.ts';
import { openDemoDatabase } from '../../test/test-database.ts';
import type { DemoIds } from '../demo/demo.service.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { DEMO_ARCHIVED_YEAR, demoArchivedYearModule } from '../demo/demo-archived-year.ts';
import { MODULES } from '../index.ts';
import { buildArchivePackage, temporaryPackagePath } from './archive.service.ts';

/** The demo's archived 2025 (every part of a finished year, sealed) packaged and checked offline. */
describe('the archive package of the demo’s archived year', () => {
  let database: Database;
  let ids: DemoIds;
  const path = temporaryPackagePath();
  beforeAll(async () => {
    ({ database, demo: ids } = await openDemoDatabase());
  });
  afterAll(async () => {
    rmSync(path, { force: true });
    await database.close();
  });

  it('is built from every module’s sealed records and verifies offline', async () => {
    expect(MODULES).toContain(demoArchivedYearModule);
    const [year] = await database.db
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.townshipId, ids.townshipIds.愚公乡!), eq(campaigns.year, DEMO_ARCHIVED_YEAR)));
    const built = await database.transaction(async (tx) =>
      buildArchivePackage(tx, await demoActor(tx, 'office'), year!.id, MODULES, path),
    );
    const zip = readFileSync(path);
    expect(built.bytes).toBe(zip.length);
    const report = packageReport(zip);
    expect(report.lines.join('\n')).toContain('OK');
    expect(report.exitCode).toBe(0);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(zip)['manifest.json']!));
    expect(Object.keys(manifest.seal.parts).sort()).toEqual(Object.keys(year!.sealParts!).sort());
    expect(
      manifest.entries.filter((e: { path: string }) => e.path.startsWith('documents/承诺书/')).length,
    ).toBeGreaterThan(10);
    // The year's report to the county, exactly as submitted (the demo submitted once).
    const [submitted] = await database.db
      .select()
      .from(countySubmissions)
      .where(eq(countySubmissions.campaignId, year!.id));
    const county = manifest.entries.filter((e: { path: string }) => e.path.startsWith('documents/上报县级/'));
    expect(
      county.map((e: { path: string; sha256: string }) => [e.path.split('/').pop(), e.sha256]).sort(),
    ).toEqual(
      [
        [`愚公乡${DEMO_ARCHIVED_YEAR}年度村干部承诺考评结果汇总表.xlsx`, submitted!.xlsxSha256],
        [`关于愚公乡${DEMO_ARCHIVED_YEAR}年度村干部承诺考评结果的报告.docx`, submitted!.docxSha256],
      ].sort(),
    );
  }, 600_000);
});
