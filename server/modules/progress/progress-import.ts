import type { Actor } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { localToday } from '../../domain/local-time.ts';
import { campaignProgressRefusal, importRowRefusal } from '../../domain/policies/progress.ts';
import { PROGRESS_STATUS_LABELS, type ReportInput, reportProblems } from '../../domain/progress/report.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { insertReport, type ReportBody } from './progress.service.ts';
import { refusalError } from './progress-access.ts';
import { approvedPledges, reportsOf } from './progress-views.ts';
import {
  type Cell,
  COLUMNS,
  type ColumnKey,
  columnHeader,
  columnLetter,
  readProgressWorkbook,
  type SheetRow,
  statusFromLabel,
  type TemplateRow,
} from './progress-workbook.ts';

/** The template's rows: the township's approved pledges in village code order, with their progress now. */
export async function progressTemplateRows(
  db: Queryable,
  actor: Actor,
  campaignId: string,
): Promise<TemplateRow[]> {
  await findCampaign(db, actor.scope, campaignId);
  const rows = await approvedPledges(db, actor, campaignId);
  const reports = await reportsOf(
    db,
    rows.map((r) => r.pledge.id),
  );
  return rows.map((r) => {
    const latest = reports.find((x) => x.pledgeId === r.pledge.id);
    return {
      id: r.pledge.id,
      villageCode: r.villageCode ?? '',
      village: r.villageName,
      cadre: r.cadreName,
      category: r.pledge.category,
      title: r.pledge.title,
      dueDate: r.pledge.dueDate,
      current: latest
        ? `${PROGRESS_STATUS_LABELS[latest.status]} ${latest.percent}%（${latest.reportDate}）`
        : '尚未填报',
    };
  });
}

type RowError = { row: number; column: ColumnKey | null; message: string };
const MAX_LISTED = 30;

const text = (cell: Cell) => (cell === null ? '' : cell instanceof Date ? '' : String(cell).trim());

/** A date cell: an Excel date (a day, stored as UTC midnight) or text like 2026-11-20 or 2026/11/20. */
function dateOf(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text(cell));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

function percentOf(cell: Cell): number | null {
  if (typeof cell === 'number')
    return cell > 0 && cell <= 1 && !Number.isInteger(cell) ? Math.round(cell * 100) : cell;
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text(cell));
  return m ? Number(m[1]) : null;
}

/** The report a row asks for, or its problems (the same rules as a report from the web). */
function rowReport(
  row: SheetRow,
  year: number,
  today: string,
): { body: ReportBody } | { errors: RowError[] } {
  const { cells } = row;
  const errors: RowError[] = [];
  const fail = (column: ColumnKey, message: string) => errors.push({ row: row.row, column, message });
  const status = statusFromLabel(text(cells.status));
  if (!status) fail('status', `请从“${Object.values(PROGRESS_STATUS_LABELS).join('、')}”中选择`);
  const percent = percentOf(cells.percent);
  if (percent === null) fail('percent', '应填写 0 到 100 之间的整数');
  const reportDate = dateOf(cells.reportDate);
  if (!reportDate) fail('reportDate', '应填写日期，如 2026-11-20');
  if (errors.length > 0 || !status || percent === null || !reportDate) return { errors };
  const input: ReportInput = { status, percent, reportDate, note: text(cells.note) };
  for (const p of reportProblems(input, year, today)) fail(p.field, p.message);
  if (text(cells.internalNote).length > 500) fail('internalNote', '不能超过 500 个字');
  return errors.length > 0
    ? { errors }
    : { body: { ...input, internalNote: text(cells.internalNote) || null } };
}

const filled = (row: SheetRow) =>
  (['status', 'percent', 'reportDate', 'note', 'internalNote'] as const).some(
    (k) => text(row.cells[k]) !== '' || row.cells[k] instanceof Date,
  );

function describe(errors: RowError[]): string {
  const lines = errors.slice(0, MAX_LISTED).map((e) => {
    const where = e.column ? `${columnLetter(e.column)} 列“${columnHeader(e.column)}”` : '';
    return `第 ${e.row} 行${where ? ` ${where}` : ''}：${e.message}`;
  });
  const more = errors.length > MAX_LISTED ? `\n……另有 ${errors.length - MAX_LISTED} 处问题` : '';
  return `进展表有 ${errors.length} 处问题，均未保存，请改正后重新上传：\n${lines.join('\n')}${more}`;
}

/**
 * The office's update of many pledges from the sheet, in the caller's one transaction: rows left
 * blank on the right are skipped; any bad row refuses the whole file (row, column and reason each).
 */
export async function importProgress(tx: Tx, actor: Actor, campaignId: string, bytes: Buffer) {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  const refused = campaignProgressRefusal(
    {
      actor: { role: actor.role, personId: actor.personId },
      campaign: { year: campaign.year, phase: campaign.phase },
    },
    'import',
  );
  if (refused) throw refusalError(refused);
  const sheet = await readProgressWorkbook(bytes);
  if (!sheet) throw badRequest('file', '文件中没有工作表', 'IMPORT_FILE');
  if (COLUMNS.some((c, i) => c.key !== 'id' && text(sheet.header[i] ?? null) !== c.header)) {
    throw badRequest('file', '表头与模板不一致：请先下载本页的进展表模板，在模板中填写后上传', 'IMPORT_FILE');
  }
  const pledgesById = new Map((await approvedPledges(tx, actor, campaignId)).map((r) => [r.pledge.id, r]));
  const today = localToday(await townshipZone(tx, campaign.townshipId));
  const errors: RowError[] = [];
  const accepted: { body: ReportBody; pledge: NonNullable<ReturnType<typeof pledgesById.get>> }[] = [];
  const seen = new Set<string>();
  for (const row of sheet.rows.filter(filled)) {
    const pledge = pledgesById.get(text(row.cells.id));
    if (!pledge) {
      errors.push({
        row: row.row,
        column: null,
        message: '不是本乡镇已批准的承诺事项（请使用本页下载的模板，不要改动或复制行）',
      });
      continue;
    }
    if (seen.has(pledge.pledge.id)) {
      errors.push({ row: row.row, column: null, message: '同一承诺事项出现了两次' });
      continue;
    }
    seen.add(pledge.pledge.id);
    const gate = importRowRefusal({
      campaign: { year: campaign.year, phase: campaign.phase },
      participant: { personId: pledge.participant.personId, excluded: pledge.participant.excluded },
      setStatus: pledge.setStatus,
      pledgeStatus: pledge.pledge.status,
    });
    if (gate) {
      errors.push({ row: row.row, column: null, message: gate.message });
      continue;
    }
    const result = rowReport(row, campaign.year, today);
    if ('errors' in result) errors.push(...result.errors);
    else accepted.push({ body: result.body, pledge });
  }
  if (errors.length > 0) throw badRequest('file', describe(errors), 'IMPORT_ROWS');
  if (accepted.length === 0)
    throw badRequest('file', '进展表中没有填写任何进展（右侧黄色表头的各列）', 'IMPORT_EMPTY');
  for (const { body, pledge } of accepted) {
    await insertReport(tx, actor, pledge.pledge, body, 'xlsx');
  }
  return { updated: accepted.length };
}
