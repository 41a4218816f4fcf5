import { and, count, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns, yearEndReports, yearEndReportVersions } from '../../db/schema/index.ts';
import { createTestContext } from '../../test/harness.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { reportsModule } from './reports.module.ts';

const t = await createTestContext();
afterAll(() => t.close());
const campaignId = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;

type Content = {
  pledges: { pledgeId: string; title: string; statement: string }[];
  duties: string;
  selfBuilding: string;
  problemsAndPlans: string;
};
type Report = {
  status: string;
  content: Content;
  participant: { id: string; name: string; villageName: string };
  versions: { version: number; onBehalf: boolean; returnReason: string | null; submittedAt: string }[];
  pledges: { id: string; prefill: string; latest: unknown }[];
  returnReason: string | null;
  allowedActions: string[];
};
type Row = { id: string; name: string; status: string; submittedAt: string | null; allowedActions: string[] };
type Overview = {
  campaign: { id: string; year: number } | null;
  counts: { submitted: number; draft: number; returned: number; notStarted: number };
  villages: { name: string; participants: Row[] }[];
  contactVillagesOnly: boolean;
  ownOnly: boolean;
};

const office = await t.as('office');
const cadre = await t.as('cadre');
const clerk = await t.as('clerk');
const overview = async (client = office, query = '') =>
  (await client.get(`/api/reports/overview${query}`)).json() as Overview;
const rows = (o: Overview) => o.villages.flatMap((v) => v.participants);
const idOf = async (name: string) => rows(await overview()).find((r) => r.name === name)!.id;
const report = async (id: string, client = office) =>
  (await client.get(`/api/reports/participants/${id}`)).json() as Report;
const bodyOf = (r: Report, over: Partial<Content> = {}) => {
  const { pledges, duties, selfBuilding, problemsAndPlans } = { ...r.content, ...over };
  return {
    pledges: pledges.map(({ pledgeId, statement }) => ({ pledgeId, statement })),
    duties,
    selfBuilding,
    problemsAndPlans,
  };
};
const stored = async (participantId: string) =>
  (
    await t.database.db.select().from(yearEndReports).where(eq(yearEndReports.participantId, participantId))
  )[0];

const lijianguo = await idOf('李建国');

describe('the demo’s 1 December', () => {
  it('has most reports in, two drafts, one not begun, and one returned and resubmitted', async () => {
    const o = await overview();
    expect(o.campaign?.year).toBe(DEMO_FULFILMENT_YEAR);
    expect(o.counts).toEqual({ submitted: 13, draft: 2, returned: 0, notStarted: 1 });
    expect(rows(o).find((r) => r.name === '刘福贵')?.status).toBe('not_started');
    const submitted = rows(o).find((r) => r.name === '张国华')!;
    expect(submitted.submittedAt).toMatch(/^2026年11月\d+日 \d\d:\d\d$/);
    const wang = await report(await idOf('王志强'));
    expect(wang.status).toBe('submitted');
    expect(wang.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(wang.versions[1]!.returnReason).toContain('完成数量');
    // 王志强 has his own account (cg2001); 太行村's cadre has none: the clerk entered his.
    expect(wang.versions[0]!.onBehalf).toBe(false);
    expect((await report(await idOf('张国华'))).versions[0]!.onBehalf).toBe(true);
    expect(wang.content.pledges[0]!.statement).toContain('完成标准');
  });

  it('filters the overview by village and status', async () => {
    const drafts = await overview(office, '?status=draft');
    expect(
      rows(drafts)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['李建国', '韩丽娟'].sort());
    const village = t.demo.villageIds.王屋村!;
    expect((await overview(office, `?villageId=${village}`)).villages.map((v) => v.name)).toEqual(['王屋村']);
  });

  it('shows a leader only the contact villages, a clerk the village, a cadre only themself', async () => {
    const leader = await overview(await t.as('leader'));
    expect(leader.contactVillagesOnly).toBe(true);
    expect(leader.villages.map((v) => v.name)).toEqual(['愚公村', '王屋村']);
    expect(rows(await overview(clerk)).map((r) => r.name)).toEqual(['李建国']);
    expect(rows(await overview(cadre)).map((r) => r.name)).toEqual(['李建国']);
    expect((await overview(cadre)).ownOnly).toBe(true);
    expect((await overview(clerk)).ownOnly).toBe(false);
    const other = await idOf('张国华');
    expect((await (await t.as('leader')).get(`/api/reports/participants/${other}`)).statusCode).toBe(403);
  });
});

describe('a cadre writes and submits; the office returns; the cadre resubmits', () => {
  it('prefills from the pledges and their latest progress', async () => {
    const r = await report(lijianguo, cadre);
    expect(r.status).toBe('draft');
    expect(r.allowedActions).toEqual(['view', 'save', 'submit']);
    expect(r.pledges.length).toBeGreaterThanOrEqual(3);
    expect(r.pledges[0]!.prefill).toMatch(/^完成标准：/);
    const notBegun = await report(await idOf('刘福贵'));
    expect(notBegun.status).toBe('not_started');
    expect(notBegun.content.pledges.map((p) => p.statement)).toEqual(notBegun.pledges.map((p) => p.prefill));
    expect(notBegun.allowedActions).toEqual(['view']);
  });

  it('refuses bad input with the field named in Chinese, and stores nothing', async () => {
    const r = await report(lijianguo, cadre);
    const before = await stored(lijianguo);
    const cases: [Record<string, unknown>, RegExp][] = [
      [bodyOf(r, { duties: '字'.repeat(5000) }), /履行岗位职责情况.*不能超过/],
      [
        { ...bodyOf(r), pledges: [{ pledgeId: r.pledges[0]!.id, statement: '好'.repeat(2000) }] },
        /承诺事项完成情况/,
      ],
      [{ ...bodyOf(r), pledges: [{ pledgeId: t.demo.countyId, statement: '完成' }] }, /承诺事项/],
      [{ ...bodyOf(r), extra: 1 }, /不认识的字段/],
      [{ pledges: [] }, /履行岗位职责情况/],
    ];
    for (const [payload, message] of cases) {
      const res = await cadre.put(`/api/reports/participants/${lijianguo}/draft`, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().error.message).toMatch(message);
    }
    const incomplete = await cadre.post(`/api/reports/participants/${lijianguo}/submit`, bodyOf(r));
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.message).toContain('自身建设情况');
    expect(await stored(lijianguo)).toEqual(before);
  });

  it('saves a draft, submits it (then locked), and keeps who did it', async () => {
    const r = await report(lijianguo, cadre);
    const saved = await cadre.put(
      `/api/reports/participants/${lijianguo}/draft`,
      bodyOf(r, { selfBuilding: '坚持学习，廉洁自律。' }),
    );
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as Report).content.selfBuilding).toBe('坚持学习，廉洁自律。');
    const body = bodyOf(saved.json() as Report, { problemsAndPlans: '集体经济薄弱；明年盘活闲置校舍。' });
    const submitted = await cadre.post(`/api/reports/participants/${lijianguo}/submit`, body);
    expect(submitted.statusCode).toBe(200);
    const view = submitted.json() as Report;
    expect(view.status).toBe('submitted');
    expect(view.allowedActions).toEqual(['view', 'download']);
    expect(view.versions).toHaveLength(1);
    expect(view.versions[0]!.onBehalf).toBe(false);
    const again = await cadre.put(`/api/reports/participants/${lijianguo}/draft`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已提交');
    const reportId = (await stored(lijianguo))!.id;
    const [entries] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.submit'), eq(auditLog.entityId, reportId)));
    expect(entries!.n).toBe(1);
    const o = rows(await overview()).find((x) => x.id === lijianguo)!;
    expect(o.allowedActions).toEqual(['view', 'return', 'download']);
  });

  it('lets the office return it with a reason; the cadre edits and resubmits; every version is kept', async () => {
    const noReason = await office.post(`/api/reports/participants/${lijianguo}/return`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('退回原因');
    expect(
      (await clerk.post(`/api/reports/participants/${lijianguo}/return`, { reason: '补充' })).statusCode,
    ).toBe(403);
    const returned = await office.post(`/api/reports/participants/${lijianguo}/return`, {
      reason: '请补充资金使用情况',
    });
    expect(returned.statusCode).toBe(200);
    expect((returned.json() as Report).returnReason).toBe('请补充资金使用情况');
    const mine = await report(lijianguo, cadre);
    expect(mine.status).toBe('returned');
    expect(mine.allowedActions).toEqual(['view', 'save', 'submit']);
    // The clerk enters the change for him this time.
    const body = bodyOf(mine, { duties: `${mine.content.duties}\n项目资金42万元，已全部公开。` });
    const again = await clerk.post(`/api/reports/participants/${lijianguo}/submit`, body);
    expect(again.statusCode).toBe(200);
    const view = again.json() as Report;
    expect(view.versions.map((v) => [v.version, v.onBehalf, v.returnReason])).toEqual([
      [2, true, null],
      [1, false, '请补充资金使用情况'],
    ]);
    const versions = await t.database.db
      .select()
      .from(yearEndReportVersions)
      .where(eq(yearEndReportVersions.participantId, lijianguo));
    expect(versions).toHaveLength(2);
  });
});

describe('who and when', () => {
  it('refuses the wrong role, another cadre’s report, another village', async () => {
    expect((await (await t.as('juror')).get('/api/reports/overview')).statusCode).toBe(403);
    const other = await idOf('张国华');
    const r = await report(other);
    expect((await office.put(`/api/reports/participants/${other}/draft`, bodyOf(r))).statusCode).toBe(403);
    // A cadre's scope is the village: another village's report is unknown to him.
    expect((await cadre.get(`/api/reports/participants/${other}`)).statusCode).toBe(404);
    // 愚公村's clerk does not see 太行村's participant at all.
    expect((await clerk.put(`/api/reports/participants/${other}/draft`, bodyOf(r))).statusCode).toBe(404);
    expect((await (await t.as('office2')).get(`/api/reports/participants/${other}`)).statusCode).toBe(404);
  });

  it('refuses writing outside 评诺', async () => {
    const id = await idOf('韩丽娟');
    const r = await report(id);
    await t.database.db.update(campaigns).set({ phase: 'sanctions' }).where(eq(campaigns.id, campaignId));
    try {
      const res = await (await t.as('jl1211')).put(`/api/reports/participants/${id}/draft`, bodyOf(r));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('评诺');
    } finally {
      await t.database.db.update(campaigns).set({ phase: 'evaluation' }).where(eq(campaigns.id, campaignId));
    }
  });

  it('puts every report and version under the seal', async () => {
    const [campaign] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    const records = await reportsModule.seal!.records(t.database.db, campaign!, undefined);
    expect(records.reports).toHaveLength(15);
    expect(records.versions!.length).toBeGreaterThanOrEqual(16);
  });
});

/** The text of each paragraph (w:p) in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
  );
const docxText = async (bytes: Buffer) =>
  paragraphs(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));

describe('the .docx', () => {
  it('is the submitted report in official-document form, with the chain head', async () => {
    const id = await idOf('王志强');
    const res = await office.get(`/api/reports/participants/${id}/report.docx`);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '王屋村王志强2026年度述职报告.docx',
    );
    const text = await docxText(res.rawPayload);
    const r = await report(id);
    expect(text[0]).toBe('2026年度述职报告');
    expect(text[1]).toBe('姓名：王志强　　村：愚公乡王屋村　　职务：党支部书记');
    const headings = [
      '一、承诺事项完成情况',
      '二、履行岗位职责情况',
      '三、自身建设情况',
      '四、存在问题及下一步打算',
    ];
    const at = headings.map((h) => text.indexOf(h));
    expect(at.every((i, k) => i > 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
    expect(text).toContain(`（一）${r.content.pledges[0]!.title}`);
    expect(text).toContain(r.content.pledges[0]!.statement);
    expect(text.indexOf(`（一）${r.content.pledges[0]!.title}`)).toBeLessThan(at[1]!);
    expect(text).toContain('述职人（签字）：____________');
    expect(text).toContain('2026年11月28日');
    // He submitted it himself (his own account): no 代为录入 line.
    expect(text.some((p) => p.includes('代为录入'))).toBe(false);
    expect(text.at(-1)).toMatch(/^审计链（示范县）：第 \d+ 条 · 哈希 [0-9a-f]+…$/);
  });

  it('says who entered a report for the cadre', async () => {
    const res = await office.get(`/api/reports/participants/${await idOf('张国华')}/report.docx`);
    const text = await docxText(res.rawPayload);
    expect(text.filter((p) => p.includes('代为录入'))).toEqual([
      '（本报告由张晓燕（太行村记录员）代为录入）',
    ]);
  });

  it('is refused for a report not submitted, and to whoever may not see it', async () => {
    const draft = await office.get(`/api/reports/participants/${await idOf('韩丽娟')}/report.docx`);
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.message).toContain('提交后');
    const leader = await t.as('leader');
    const other = await leader.get(`/api/reports/participants/${await idOf('张国华')}/report.docx`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toContain('联系村');
  });
});

describe('the archive package', () => {
  it('holds every submitted report as a .docx under 述职报告/', async () => {
    const [campaign] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    const documents = await reportsModule.archiveDocuments!(t.database.db, campaign!);
    const submitted = (await overview()).counts.submitted;
    expect(documents).toHaveLength(submitted);
    expect(documents.map((d) => d.path)).toContain('述职报告/王屋村 王志强 述职报告.docx');
    const wang = documents.find((d) => d.path.includes('王志强'))!;
    expect((await docxText(Buffer.from(wang.bytes)))[1]).toContain('姓名：王志强');
  });
});
