import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../server/config.ts';
import { type Database, openDatabase } from '../server/db/client.ts';
import { campaigns } from '../server/db/schema/index.ts';
import { buildApp } from '../server/http/app.ts';
import { CSRF_HEADER } from '../server/http/auth.ts';
import { confirmResults } from '../server/modules/county/county.test-support.ts';
import { DEMO_PASSWORD } from '../server/modules/demo/demo-data.ts';
import {
  addPledges,
  confirmSet,
  demoCampaignInPledging,
  ok,
  participantIds,
  pledgeInput,
  setIdOf,
} from '../server/modules/pledges/pledges.test-support.ts';
import { choose, openPollWithCodes } from '../server/modules/polls/voting-fixture.ts';
import { createTestContext, type TestContext } from '../server/test/harness.ts';
import { openDemoDataDir } from '../server/test/test-database.ts';
import { type ArchiveReport, archiveReport } from './archive-verify.ts';

/** Tampers inside a transaction, reports, and rolls back, so each case starts from the sealed year. */
async function reportAfter(database: Database, tamper: string): Promise<ArchiveReport> {
  let report: ArchiveReport | undefined;
  await database
    .transaction(async (tx) => {
      await tx.execute(sql.raw(tamper));
      report = await archiveReport(tx);
      throw new Error('rollback');
    })
    .catch((error: Error) => {
      if (error.message !== 'rollback') throw error;
    });
  return report!;
}

/** Later phases need other modules' facts (grades, sanctions): put the year at 奖惩, then archive it. */
async function archive(t: TestContext, campaignId: string) {
  await t.database.db.update(campaigns).set({ phase: 'sanctions' }).where(eq(campaigns.id, campaignId));
  // 已归档 waits for the report to the county, which needs confirmed results.
  await confirmResults(t.database.db, campaignId);
  ok(await (await t.as('office')).post(`/api/county/reports/${campaignId}/submissions`, {}), 201);
  ok(await (await t.as('office')).post(`/api/campaigns/${campaignId}/transition`, { to: 'archived' }));
}

describe('archive:verify on a year with pledges, a paper vote and a code vote', () => {
  let t: TestContext;
  let campaignId: string;
  const NAME = /^愚公乡 2027 年度：/;
  // The demo has its own archived year (2025): this year's line is the one naming 2027.
  const line = (report: ArchiveReport) => report.lines.find((l) => NAME.test(l)) ?? '';

  beforeAll(async () => {
    t = await createTestContext();
    campaignId = await demoCampaignInPledging(t);
    const cadre = await t.as('cadre');
    const clerk = await t.as('clerk');
    const participantId = (await participantIds(t, campaignId)).李建国!;
    await addPledges(cadre, participantId, [
      '新修村组水泥路2.5公里',
      '新建村文化广场一处',
      '安装太阳能路灯50盏',
    ]);
    const setId = await setIdOf(cadre, participantId);
    await confirmSet(t, { clerk, host: await t.as('office'), village: '愚公村', campaignId, setId });
    const poll = await openPollWithCodes(t, { codes: 4 });
    await t.database.db.execute(
      sql`update meetings set campaign_id = ${campaignId} where id = ${poll.meetingId}`,
    );
    const villager = await t.as(null);
    for (const code of poll.codes.slice(0, 3)) {
      ok(
        await villager.post('/api/public/ballots', { code, choices: choose(poll, '满意', '基本满意') }),
        201,
      );
    }
    ok(await poll.clerk.post(`/api/polls/${poll.pollId}/close`));
    await archive(t, campaignId);
  }, 120_000);
  afterAll(() => t.close());

  it('finds the sealed year intact, and the seal route agrees', async () => {
    const report = await archiveReport(t.database.db);
    expect(report.exitCode).toBe(0);
    expect(line(report)).toContain('封存完好');
    const seal = ok(await (await t.as('county')).get(`/api/campaigns/${campaignId}/seal`));
    expect(seal).toMatchObject({ intact: true, changed: [] });
  });

  it('names 承诺事项 when a pledge row was changed in SQL, and only it', async () => {
    const report = await reportAfter(t.database, `update pledges set title = '新修村组水泥路3公里'`);
    expect(report.exitCode).toBe(1);
    expect(line(report)).toContain('封存校验失败。归档后被改动的记录：承诺事项。');
  });

  it.each([
    ['an earlier version or an event of a set', `delete from pledge_set_events`, '承诺事项'],
    ['a participant', `update participants set excluded_reason = '改过'`, '考评活动与承诺主体'],
    ['a meeting', `update meetings set attendance = attendance + 1`, '会议'],
    ['a poll option', `update poll_options set label = '改过'`, '表决'],
    ['a paper tally', `update paper_tallies set invalid = invalid + 1`, '表决'],
    [
      'a ballot’s choice',
      `update ballots set choices = jsonb_build_object('x', 'y') where id = (
         select b.id from ballots b join polls p on p.id = b.poll_id join meetings m on m.id = p.meeting_id
         join campaigns c on c.id = m.campaign_id where c.seal_parts is not null limit 1)`,
      '电子选票（票数与回执）',
    ],
    [
      'the anchored head of the county’s audit chain',
      `update audit_log set hash = repeat('0', 64)
         from campaigns c where c.seal_parts is not null and audit_log.county_id = c.county_id
           and audit_log.chain_seq = (c.seal_parts -> 'audit' -> 'anchor' ->> 'seq')::bigint`,
      '审计日志',
    ],
  ])('names the module when %s changed', async (_what, tamper, label) => {
    const report = await reportAfter(t.database, tamper);
    expect(report.exitCode).toBe(1);
    // A tamper may hit the demo's archived year instead of this one: some year names the module.
    expect(report.lines.join('\n')).toContain(`归档后被改动的记录：${label}。`);
  });

  it('keeps a pledge vote under the seal when its meeting does not name the campaign', async () => {
    const report = await reportAfter(
      t.database,
      `update meetings set campaign_id = null where id in (
         select meeting_id from polls where id in (select poll_id from pledge_sets)
         union select meeting_id from pledge_set_events where meeting_id is not null)`,
    );
    expect(line(report)).toContain('归档后被改动的记录：会议。');
  });

  it('notices a seal replaced along with its parts, by the seal the audit log recorded', async () => {
    const report = await reportAfter(
      t.database,
      `update campaigns set seal_hash = repeat('a', 64), seal_parts = '{}' where id = '${campaignId}'`,
    );
    expect(report.exitCode).toBe(1);
    expect(line(report)).toContain('封存值与审计日志中归档时记录的不符');
  });

  it('notices a seal cleared from an archived year', async () => {
    const report = await reportAfter(
      t.database,
      `update campaigns set seal_hash = null, seal_parts = null, phase = 'sanctions' where id = '${campaignId}'`,
    );
    expect(report.exitCode).toBe(1);
    expect(line(report)).toContain('封存值已被清除');
  });
});

describe('the npm run archive:verify command on an embedded data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-archive-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  function runCommand(): Promise<{ code: number; out: string }> {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', join(ROOT_DIR, 'scripts/archive-verify.ts')],
        { cwd: ROOT_DIR, env },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
      );
    });
  }

  /** The demo 2027 year archived with one pledge of 李建国, over HTTP on the app of that directory. */
  async function archiveOnePledge() {
    const database = await openDemoDataDir(dataDir);
    const app = await buildApp({ database, rateLimitPerMinute: 100_000 });
    const as = async (username: string) => {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      const cookies = login.cookies as { name: string; value: string }[];
      const headers = {
        cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
        [CSRF_HEADER]: cookies.find((c) => c.name === 'vp_csrf')?.value ?? '',
      };
      return (method: 'GET' | 'POST', url: string, payload?: object) =>
        app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    };
    const office = await as('office');
    const [year] = ok(await office('GET', '/api/campaigns')) as { id: string }[];
    ok(await office('POST', `/api/campaigns/${year!.id}/transition`, { to: 'pledging' }));
    const people = ok(await office('GET', `/api/campaigns/${year!.id}/participants`)) as {
      id: string;
      name: string;
    }[];
    const participant = people.find((p) => p.name === '李建国')!;
    const cadre = await as('cadre');
    ok(
      await cadre(
        'POST',
        `/api/pledging/participants/${participant.id}/pledges`,
        pledgeInput('新建村文化广场一处'),
      ),
      201,
    );
    await database.db.update(campaigns).set({ phase: 'sanctions' }).where(eq(campaigns.id, year!.id));
    await confirmResults(database.db, year!.id);
    ok(await office('POST', `/api/county/reports/${year!.id}/submissions`, {}), 201);
    ok(await office('POST', `/api/campaigns/${year!.id}/transition`, { to: 'archived' }));
    await app.close();
    await database.close();
  }

  it('passes on the sealed year, then exits 1 naming 承诺事项 after a pledge row is changed', async () => {
    await archiveOnePledge();
    const whole = await runCommand();
    expect(whole.out).toContain('愚公乡 2027 年度：封存完好');
    expect(whole.code).toBe(0);

    const database = await openDatabase({ dataDir });
    await database.db.execute(sql`update pledges set content = '内容被改过'`);
    await database.close();
    const broken = await runCommand();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('愚公乡 2027 年度：封存校验失败。归档后被改动的记录：承诺事项。');
  }, 180_000);
});
