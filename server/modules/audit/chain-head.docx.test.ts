import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { polls } from '../../db/schema/index.ts';
import { chainHeadLine } from '../../domain/audit-chain-head.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import {
  addPledges,
  confirmSet,
  demoCampaignInPledging,
  ok,
  participantIds,
  setIdOf,
} from '../pledges/pledges.test-support.ts';
import { chainHead } from './chain-head.ts';

/** Every generated document prints the county's audit chain head at its time (DESIGN §4). */
let t: TestContext;
let setId: string;
let pollId: string;
let campaignId: string;

beforeAll(async () => {
  t = await createTestContext();
  campaignId = await demoCampaignInPledging(t);
  const [cadre, clerk, leader, office] = await Promise.all(['cadre', 'clerk', 'leader', 'office'].map(t.as));
  const participantId = (await participantIds(t, campaignId)).李建国!;
  await addPledges(cadre!, participantId, [
    '新修村组水泥路2.5公里',
    '新建村文化广场一处',
    '安装太阳能路灯50盏',
  ]);
  setId = await setIdOf(cadre!, participantId);
  await confirmSet(t, { clerk: clerk!, host: leader!, village: '愚公村', campaignId, setId });
  ok(await office!.post(`/api/pledge-sets/${setId}/approve`, { comment: '同意' }));
  const [poll] = await t.database.db
    .select({ id: polls.id })
    .from(polls)
    .where(eq(polls.status, 'certified'));
  pollId = poll!.id;
}, 120_000);
afterAll(() => t.close());

async function documentText(url: string): Promise<string> {
  const res = await (await t.as('office')).get(url);
  expect(res.statusCode, res.body).toBe(200);
  const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

describe('the chain head on generated documents', () => {
  it.each([
    ['承诺书', () => `/api/pledge-sets/${setId}/letter.docx`],
    ['表决结果记录', () => `/api/polls/${pollId}/record.docx`],
  ])('%s', async (_, url) => {
    await t.as('office');
    const head = await chainHead(t.database.db, t.demo.countyId);
    expect(head.seq).toBeGreaterThan(10);
    const text = await documentText(url());
    expect(text).toContain(chainHeadLine(head, '示范县'));
    expect(text).toContain(`审计链（示范县）：第 ${head.seq} 条 · 哈希 ${head.hash.slice(0, 16)}…`);
  });
});

describe('the chain head on exported workbooks', () => {
  it.each([
    ['承诺进度', () => `/api/campaigns/${campaignId}/pledging/overview.xlsx`, ['承诺进度']],
    ['践诺看板', () => '/api/dashboard.xlsx', ['各村践诺情况', '按类别', '落后事项', '信访与整改']],
  ])('%s', async (_, url, sheets) => {
    const res = await (await t.as('office')).get(url());
    expect(res.statusCode, res.body).toBe(200);
    const head = await chainHead(t.database.db, t.demo.countyId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    for (const name of sheets) {
      const line = String(workbook.getWorksheet(name)!.getRow(2).getCell(1).value);
      expect(line, name).toContain(chainHeadLine(head, '示范县'));
    }
  });
});
