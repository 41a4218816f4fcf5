import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns, finalResultRows, resultSets } from '../../db/schema/index.ts';
import { finalResults } from '../../domain/evaluation/final.ts';
import { localToday } from '../../domain/local-time.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { MODULES } from '../index.ts';
import { readInspectionResults } from '../inspection/inspection-results.ts';
import { readJuryResults } from '../jury/jury-results.ts';
import { readVillageEvaluations } from '../village-evaluation/village-evaluation-results.ts';
import type { ResultsView } from './results.schema.ts';
import { participantsOf, previewResultsOf } from './results-bulk.ts';
import { readFinalResults, ungradedParticipants } from './results-read.ts';
import { completeTestYear } from './results-test-year.ts';

let t: TestContext;
let year: string;
let current: string;
const today = localToday();

beforeAll(async () => {
  t = await createTestContext();
  current = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;
  year = await t.database.transaction((tx) => completeTestYear(tx, t.demo, MODULES));
}, 600_000);
afterAll(() => t.close());

describe('the set-based read of many campaigns', () => {
  it('gives each campaign exactly what its parts, read one campaign at a time, give', async () => {
    const db = t.database.db;
    const rows = await db
      .select()
      .from(campaigns)
      .where(eq(campaigns.townshipId, t.demo.townshipIds.愚公乡!));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const now = new Date();
    const bulk = await previewResultsOf(db, rows, now);
    for (const c of rows) {
      const people = (await participantsOf(db, [c.id])).get(c.id) ?? [];
      const parts = {
        village: await readVillageEvaluations(db, c.id),
        jury: await readJuryResults(db, c.id),
        inspection: await readInspectionResults(db, c.id),
      };
      expect(bulk.get(c.id), String(c.year)).toEqual(finalResults(people, parts, c.config, now));
    }
    expect(bulk.get(year)!.filter((r) => r.grade !== null).length).toBeGreaterThan(10);
  });
});

const url = (id: string, rest = '') => `/api/campaigns/${id}/results${rest}`;
const view = async (id: string, who = 'office') => {
  const res = await (await t.as(who)).get(url(id));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ResultsView;
};

describe('the 2026 preview (the jury has not met)', () => {
  it('shows every active participant with the parts there are, nobody confirmable', async () => {
    const v = await view(current);
    expect(v.status).toBe('preview');
    expect(v.statusLabel).toBe('未审核（预览）');
    expect(v.rows.length).toBe(16);
    expect(v.problems.length).toBeGreaterThan(0);
    expect(v.problems[0]).toMatch(/乡集中述职评分未完成/);
    expect(v.allowedActions).toEqual([]);
    // The unqualified cadre of 北山村 is forced to 不合格 already.
    const failed = v.rows.find((r) => r.forcedFail)!;
    expect(failed).toMatchObject({ name: '刘福贵', grade: '不合格' });
    const res = await (await t.as('office')).post(url(current, '/freeze'), { digest: v.digest });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/还有 \d+ 名承诺主体的考评尚未完成/);
  });

  it('is refused to roles without results.read', async () => {
    expect((await (await t.as('cadre')).get(url(current))).statusCode).toBe(403);
    expect((await (await t.as('leader')).get(url(current))).statusCode).toBe(200);
  });
});

describe('a finished year: review, confirm, publish', () => {
  it('previews a complete ranking with explained numbers', async () => {
    const v = await view(year);
    expect(v.problems).toEqual([]);
    expect(v.allowedActions).toEqual(['freeze']);
    expect(v.rows.map((r) => r.rank)).toEqual(v.rows.map((_, i) => i + 1));
    const first = v.rows[0]!;
    expect(first.grade).not.toBeNull();
    expect(first.explanation.config.hash).toBe(v.config.hash);
    expect(first.explanation.composite.parts.map((p) => p.weight)).toEqual([30, 30, 40]);
    expect(first.jury?.scores.some((s) => s.dropped)).toBe(true);
    expect(first.inspection?.items.length).toBeGreaterThan(0);
    expect(first.village?.valid).toBeGreaterThan(0);
  });

  it('a leader and a cadre may not confirm; bad input names the field', async () => {
    const v = await view(year);
    expect((await (await t.as('leader')).post(url(year, '/freeze'), { digest: v.digest })).statusCode).toBe(
      403,
    );
    const bad = await (await t.as('office')).post(url(year, '/freeze'), { digest: 'abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ field: 'digest' });
    expect(bad.json().error.message).toMatch(/预览版本/);
  });

  it('confirms the preview the office saw, frozen with its config', async () => {
    const office = await t.as('office');
    const v = await view(year);
    const stale = await office.post(url(year, '/freeze'), { digest: 'f'.repeat(64) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/请刷新页面/);
    const res = await office.post(url(year, '/freeze'), { digest: v.digest });
    expect(res.statusCode, res.body).toBe(200);
    const frozen = res.json() as ResultsView;
    expect(frozen).toMatchObject({ status: 'reviewed', statusLabel: '已审核', liveDiffers: false });
    expect(frozen.allowedActions).toEqual(['recompute', 'publish']);
    expect(frozen.rows.map((r) => [r.participantId, r.composite, r.grade])).toEqual(
      v.rows.map((r) => [r.participantId, r.composite, r.grade]),
    );
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'results.freeze'), eq(auditLog.entityId, frozen.current!.id)));
    expect(audit).toBeDefined();
    expect(await ungradedParticipants(t.database.db, year)).toBe(0);
  });

  it('later config edits do not change the frozen numbers', async () => {
    const before = await view(year);
    const [row] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, year));
    const config = { ...row!.config, compositeWeights: { village: 10, jury: 10, inspection: 80 } };
    await t.database.db.update(campaigns).set({ config }).where(eq(campaigns.id, year));
    const after = await view(year);
    expect(after.rows.map((r) => r.composite)).toEqual(before.rows.map((r) => r.composite));
    expect(after.config.compositeWeights).toEqual({ village: 30, jury: 30, inspection: 40 });
    expect(after.liveDiffers).toBe(true);
    const read = await readFinalResults(t.database.db, year);
    expect(read.map((r) => r.composite)).toEqual(before.rows.map((r) => r.composite));
    await t.database.db.update(campaigns).set({ config: row!.config }).where(eq(campaigns.id, year));
  });

  it('confirming twice needs a reason (400 naming it)', async () => {
    const office = await t.as('office');
    const v = await view(year);
    const res = await office.post(url(year, '/freeze'), { digest: v.digest });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      field: 'reason',
      message: expect.stringContaining('须填写原因'),
    });
    const blank = await office.post(url(year, '/freeze'), { digest: v.digest, reason: '   ' });
    expect(blank.statusCode).toBe(400);
  });

  it('publishes the confirmed results as a 公示 with the config period; the board shows the grades', async () => {
    const office = await t.as('office');
    const early = await office.post(url(year, '/publish'), { startDate: 'tomorrow' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe('startDate');
    const res = await office.post(url(year, '/publish'), { startDate: today });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json() as ResultsView;
    expect(v).toMatchObject({ status: 'publicity', statusLabel: '公示中' });
    expect(v.publication).toMatchObject({ statusLabel: '公示中', startDate: today });
    expect(v.allowedActions).toEqual(['recompute']);
    const again = await office.post(url(year, '/publish'), { startDate: today });
    expect(again.statusCode).toBe(409);
    const list = (await office.get(`/api/campaigns/${year}/publications`)).json() as {
      id: string;
      kind: string;
      content: { results?: { name: string; grade: string; lines: string[] }[] };
    }[];
    const published = list.find((p) => p.id === v.publication!.id)!;
    expect(published.kind).toBe('results');
    expect(published.content.results!.length).toBe(v.rows.length);
    expect(published.content.results![0]!.grade).toBe(v.rows[0]!.grade);
    expect(published.content.results![0]!.lines.join('\n')).toMatch(/综合得分 = .+ × 30% \+/);
    expect(JSON.stringify(published.content)).not.toMatch(/评委\d+|participantId/);
    // The public board (its current year is 2026) shows this earlier year's results with the grades.
    const yugong = t.demo.villageIds.愚公村!;
    const board = (await (await t.as(null)).get(`/api/public/villages/${yugong}/board`)).json() as {
      earlierResults: {
        id: string;
        kind: string;
        content: { results: { villageName: string; grade: string }[] };
      }[];
    };
    // (the demo's 2025 表彰决定 follows it: issue 11)
    expect(board.earlierResults.filter((p) => p.kind === 'results').map((p) => p.id)).toEqual([
      v.publication!.id,
    ]);
    const mine = board.earlierResults[0]!.content.results.filter((r) => r.villageName === '愚公村');
    expect(mine.map((r) => r.grade)).toEqual(
      v.rows.filter((r) => r.villageName === '愚公村').map((r) => r.grade),
    );
  });

  it('recomputes with a reason: the old set is superseded and its publication withdrawn, both audited', async () => {
    const office = await t.as('office');
    const before = await view(year);
    const res = await office.post(url(year, '/freeze'), {
      digest: before.digest,
      reason: '异议核实后更正实地考核记录',
    });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as ResultsView;
    expect(v.status).toBe('reviewed');
    expect(v.current!.reason).toBe('异议核实后更正实地考核记录');
    expect(v.history.map((h) => h.id)).toEqual([before.current!.id]);
    expect(v.publication).toBeNull();
    const sets = await t.database.db.select().from(resultSets).where(eq(resultSets.campaignId, year));
    expect(sets.filter((s) => s.supersededAt === null).length).toBe(1);
    const rows = await t.database.db
      .select()
      .from(finalResultRows)
      .where(eq(finalResultRows.setId, v.current!.id));
    expect(rows.length).toBe(v.rows.length);
    const actions = (
      await t.database.db.select({ action: auditLog.action, reason: auditLog.reason }).from(auditLog)
    ).filter(
      (a) =>
        a.action === 'results.recompute' ||
        (a.action === 'publication.withdraw' && a.reason?.startsWith('考评结果已重新计算')),
    );
    expect(actions.map((a) => a.action).sort()).toEqual(['publication.withdraw', 'results.recompute']);
  });

  it('the phase gate: the year may move to 奖惩 once every participant has a confirmed grade', async () => {
    const res = await (await t.as('office')).post(`/api/campaigns/${year}/transition`, { to: 'sanctions' });
    expect(res.statusCode, res.body).toBe(200);
    const v = await view(year);
    expect(v.allowedActions).toEqual(['publish']);
    const freeze = await (await t.as('office')).post(url(year, '/freeze'), {
      digest: v.digest,
      reason: '再算',
    });
    expect(freeze.statusCode).toBe(409);
    expect(freeze.json().error.message).toMatch(/只能在“评诺”阶段/);
  });

  it('2026 cannot move to 奖惩 while nobody has a confirmed grade', async () => {
    const res = await (await t.as('office')).post(`/api/campaigns/${current}/transition`, {
      to: 'sanctions',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/还有 16 名承诺主体没有综合考评等次/);
  });
});
