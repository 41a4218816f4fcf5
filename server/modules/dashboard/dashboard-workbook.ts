import ExcelJS from 'exceljs';
import { chainHeadLine } from '../../domain/audit-chain-head.ts';
import { STALE_AFTER_DAYS, STANDING_LABELS, STANDING_STATUSES } from '../../domain/dashboard/standing.ts';
import { formatLocalDate } from '../../domain/local-time.ts';
import type { CountyChainHead } from '../audit/chain-head.ts';
import type { Dashboard } from './dashboard.service.ts';

/** The dashboard of a campaign, with the county's audit chain head at export (every document prints it). */
type Loaded = Dashboard & { campaign: NonNullable<Dashboard['campaign']>; chainHead: CountyChainHead };

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const BEHIND_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };

/** Sheet names, in order (the page's download and its test read them). */
export const DASHBOARD_SHEETS = ['各村践诺情况', '按类别', '落后事项', '信访与整改'] as const;

function title(sheet: ExcelJS.Worksheet, d: Loaded, what: string) {
  sheet.addRow([`${d.campaign.townshipName} ${d.campaign.year}年度村官承诺践诺${what}`]).font = BOLD;
  const only = d.contactVillagesOnly ? '（联系村）' : '';
  sheet.addRow([
    `统计日期：${formatLocalDate(d.today)}${only}　${chainHeadLine(d.chainHead, d.chainHead.countyName)}`,
  ]);
}

function villagesSheet(workbook: ExcelJS.Workbook, d: Loaded) {
  const sheet = workbook.addWorksheet(DASHBOARD_SHEETS[0]);
  title(sheet, d, '情况');
  const statuses = STANDING_STATUSES.map((s) => STANDING_LABELS[s]);
  const head = [
    '村',
    '承诺事项',
    ...statuses,
    '逾期未完成',
    `${STALE_AFTER_DAYS}天以上无进展`,
    '平均进度(%)',
    '是否落后',
    '原因',
  ];
  sheet.addRow(head).font = BOLD;
  for (const v of [...d.villages, { ...d.totals, name: '合计' }]) {
    const row = sheet.addRow([
      v.name,
      v.total,
      ...STANDING_STATUSES.map((s) => v.byStatus[s]),
      v.overdue,
      v.stalled,
      v.averagePercent,
      v.behind ? '落后' : '',
      v.reasons.join('；'),
    ]);
    if (v.name === '合计') row.font = BOLD;
    else if (v.behind) row.eachCell((cell) => (cell.fill = BEHIND_FILL));
  }
  sheet.getColumn(1).width = 14;
  sheet.getColumn(head.length).width = 40;
}

function categorySheet(workbook: ExcelJS.Workbook, d: Loaded) {
  const sheet = workbook.addWorksheet(DASHBOARD_SHEETS[1]);
  title(sheet, d, '事项类别');
  sheet.addRow(['村', ...d.categories, '合计']).font = BOLD;
  for (const v of d.villages) {
    sheet.addRow([v.name, ...d.categories.map((c) => v.byCategory[c] ?? 0), v.total]);
  }
  const sum = (c: string) => d.villages.reduce((n, v) => n + (v.byCategory[c] ?? 0), 0);
  sheet.addRow(['合计', ...d.categories.map(sum), d.totals.total]).font = BOLD;
  sheet.getColumn(1).width = 14;
}

function behindSheet(workbook: ExcelJS.Workbook, d: Loaded) {
  const sheet = workbook.addWorksheet(DASHBOARD_SHEETS[2]);
  title(sheet, d, '落后事项');
  sheet.addRow(['村', '村干部', '承诺事项', '类别', '完成时限', '最新进展', '进度(%)', '原因']).font = BOLD;
  for (const v of d.villages) {
    for (const p of v.behindPledges) {
      sheet.addRow([
        v.name,
        p.cadre,
        p.title,
        p.category,
        formatLocalDate(p.dueDate),
        p.statusLabel,
        p.percent,
        p.reasons.join('、'),
      ]);
    }
  }
  sheet.getColumn(3).width = 44;
}

function lettersSheet(workbook: ExcelJS.Workbook, d: Loaded) {
  const sheet = workbook.addWorksheet(DASHBOARD_SHEETS[3]);
  title(sheet, d, '监督信箱与督察整改');
  sheet.addRow(['事项', '未办结', '其中已逾期']).font = BOLD;
  sheet.addRow(['监督信箱来信', d.letters.open, d.letters.overdue]);
  sheet.addRow(['督察整改要求', d.rectifications.open, d.rectifications.overdue]);
  sheet.getColumn(1).width = 18;
}

/** The dashboard's numbers as an .xlsx: the same figures the page shows, one sheet per part. */
export async function dashboardWorkbook(d: Loaded): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  villagesSheet(workbook, d);
  categorySheet(workbook, d);
  behindSheet(workbook, d);
  lettersSheet(workbook, d);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
