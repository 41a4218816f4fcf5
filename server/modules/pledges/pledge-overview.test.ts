import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { overviewWorkbook } from './pledge-overview.ts';
import { addPledges, demoCampaignInPledging, participantIds } from './pledges.test-support.ts';

let t: TestContext;
let campaignId: string;

beforeAll(async () => {
  t = await createTestContext();
  campaignId = await demoCampaignInPledging(t);
  const ids = await participantIds(t, campaignId);
  await addPledges(await t.as('cadre'), ids.李建国!, ['新修村组水泥路2.5公里', '安装太阳能路灯50盏']);
});
afterAll(() => t.close());

async function sheets(now: Date) {
  const office = await demoActor(t.database.db, 'office');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await overviewWorkbook(t.database.db, office, campaignId, now)) as unknown as ArrayBuffer,
  );
  const read = (name: string) => {
    const rows: unknown[][] = [];
    workbook.getWorksheet(name)!.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    return rows;
  };
  return { progress: read('承诺进度'), items: read('承诺事项'), workbook };
}

describe('the pledging overview .xlsx', () => {
  it('lists each village’s pledges with the village’s 小计 and a 合计, nothing overdue before the deadline', async () => {
    const { progress, items } = await sheets(new Date('2027-02-01T04:00:00Z'));
    const yugong = items.filter((r) => r[0] === '愚公村');
    expect(yugong.map((r) => r[5])).toEqual(['新修村组水泥路2.5公里', '安装太阳能路灯50盏']);
    expect(yugong[0]).toEqual(
      expect.arrayContaining(['李建国', '党支部书记、村委会主任', 1, '民生实事', '2027年11月30日']),
    );
    expect(items.find((r) => r[0] === '愚公村 小计')).toEqual(['愚公村 小计', '1 人', '', '2 项']);
    expect(items.find((r) => r[0] === '王屋村')?.[5]).toBe('（尚未起草）');
    const total = items.at(-1)!;
    expect(total[0]).toBe('合计');
    expect(total[3]).toBe('2 项');
    expect(items.slice(2).some((r) => String(r[9] ?? '').includes('逾期'))).toBe(false);
    const progressTotal = progress.at(-1)!;
    expect(progressTotal[0]).toBe('合计');
    const villageRows = progress.slice(3, -1);
    expect(progressTotal[1]).toBe(villageRows.reduce((n, r) => n + Number(r[1]), 0));
  });

  it('marks sets unconfirmed after the commitment deadline and items past their due date, filled red', async () => {
    const { progress, items, workbook } = await sheets(new Date('2027-12-05T04:00:00Z'));
    const road = items.find((r) => r[5] === '新修村组水泥路2.5公里')!;
    expect(road[9]).toBe('承诺逾期（截止日期已过仍未确认）；已过完成时限');
    const rowNo = items.indexOf(road) + 1;
    const cell = workbook.getWorksheet('承诺事项')!.getRow(rowNo).getCell(1);
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    const yugong = progress.find((r) => r[0] === '愚公村')!;
    expect(yugong.at(-1)).toBe('逾期');
    expect(String(progress.at(-1)!.at(-1))).toMatch(/^逾期 \d+ 个村$/);
  });
});
