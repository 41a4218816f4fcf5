import { and, eq, inArray, ne } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { participants, persons, pledgeSets, pledges, villages } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { workedVillages } from '../../db/worked-villages.ts';
import { chainHeadLine } from '../../domain/audit-chain-head.ts';
import { formatLocalDate, formatLocalDateTime } from '../../domain/local-time.ts';
import { deadlineStanding } from '../../domain/pledging/deadline.ts';
import {
  PLEDGE_STATUS_LABELS,
  type PledgeStatus,
  SET_STATUS_LABELS,
  SET_STATUSES,
  type SetStatus,
} from '../../domain/pledging/workflow.ts';
import { sortByVillage } from '../../domain/village-order.ts';
import { chainHead } from '../audit/chain-head.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import { townshipZone } from './township-zone.ts';

/** How far a participant has come: no set yet is before 'draft'. */
const STAGE: Record<SetStatus | 'none', number> = {
  none: 0,
  draft: 1,
  returned: 1,
  soliciting: 2,
  committee_passed: 3,
  voting: 4,
  confirmed: 5,
  approved: 6,
};

export const STAGE_LABELS = [
  '尚未起草',
  '起草中',
  '征求意见中',
  '两委会议已通过',
  '表决中',
  '待乡审批',
  '已批准',
];

/**
 * Every village of the campaign's township (a leader's: their 联系村): progress through the phase against the commitment
 * deadline, judged by the township's local date at `now`.
 */
export async function pledgingOverview(db: Queryable, actor: Actor, campaignId: string, now = new Date()) {
  const { scope } = actor;
  const campaign = await findCampaign(db, scope, campaignId);
  const timeZone = await townshipZone(db, campaign.townshipId);
  const villageRows = await db
    .select({ id: villages.id, name: villages.name, code: villages.code })
    .from(villages)
    .where(
      and(
        eq(villages.townshipId, campaign.townshipId),
        scopeWhere(scope, { county: villages.countyId, township: villages.townshipId, village: villages.id }),
        workedVillages(actor, villages.id),
      ),
    );
  const inOrder = sortByVillage(villageRows, (v) => v);
  const people = await db
    .select({ participant: participants, status: pledgeSets.status })
    .from(participants)
    .leftJoin(pledgeSets, eq(pledgeSets.participantId, participants.id))
    .where(eq(participants.campaignId, campaign.id));
  const deadline = campaign.config.commitmentDeadline;
  const { today, pastDeadline, daysLeft } = deadlineStanding(deadline, timeZone, now);
  const list = inOrder.map((v) => {
    const mine = people.filter((p) => p.participant.villageId === v.id && !p.participant.excluded);
    const counts = Object.fromEntries(
      SET_STATUSES.map((s) => [s, mine.filter((p) => p.status === s).length]),
    );
    const stages = mine.map((p) => STAGE[p.status ?? 'none']);
    const stage = stages.length ? Math.min(...stages) : 0;
    const pending = mine.filter((p) => p.status !== 'confirmed' && p.status !== 'approved').length;
    return {
      villageId: v.id,
      villageName: v.name,
      participants: mine.length,
      excluded: people.filter((p) => p.participant.villageId === v.id && p.participant.excluded).length,
      notStarted: mine.filter((p) => p.status === null).length,
      counts: counts as Record<SetStatus, number>,
      approved: counts.approved ?? 0,
      stage,
      stageLabel: STAGE_LABELS[stage]!,
      overdue: pastDeadline && pending > 0,
    };
  });
  return {
    campaign: { id: campaign.id, year: campaign.year, phase: campaign.phase },
    commitmentDeadline: deadline,
    /** The township's local date the overview was judged on, and its zone. */
    today,
    timeZone,
    pastDeadline,
    /** Days until the deadline; negative once past. */
    daysLeft,
    villages: list,
    totals: {
      participants: list.reduce((s, v) => s + v.participants, 0),
      approved: list.reduce((s, v) => s + v.approved, 0),
      overdueVillages: list.filter((v) => v.overdue).length,
    },
  };
}

const OVERDUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const TOTAL_FONT: Partial<ExcelJS.Font> = { bold: true };

function markOverdue(row: ExcelJS.Row) {
  row.eachCell((c) => {
    c.fill = OVERDUE_FILL;
  });
}

/**
 * The overview as an .xlsx workbook: sheet 承诺进度 (one row per village, overdue ones filled red, a
 * 合计 row) and sheet 承诺事项 (each village's pledges under its name, with the village's 小计 and a
 * final 合计; sets still unapproved after the commitment deadline and items past their 完成时限 marked).
 */
export async function overviewWorkbook(
  db: Queryable,
  actor: Actor,
  campaignId: string,
  now = new Date(),
): Promise<Buffer> {
  const overview = await pledgingOverview(db, actor, campaignId, now);
  const head = await chainHead(db, actor.scope.countyId);
  const workbook = new ExcelJS.Workbook();
  progressSheet(workbook, overview, now, chainHeadLine(head, head.countyName));
  itemsSheet(
    workbook,
    overview,
    await pledgeLines(
      db,
      campaignId,
      overview.villages.map((v) => v.villageId),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Overview = Awaited<ReturnType<typeof pledgingOverview>>;

/** `headLine`: the county's audit chain head as every generated document prints it. */
function progressSheet(workbook: ExcelJS.Workbook, overview: Overview, now: Date, headLine: string) {
  const sheet = workbook.addWorksheet('承诺进度');
  sheet.addRow([
    `${overview.campaign.year}年度村官承诺进度（承诺截止日期 ${formatLocalDate(overview.commitmentDeadline)}）`,
  ]).font = TOTAL_FONT;
  sheet.addRow([`导出时间：${formatLocalDateTime(now, overview.timeZone)}　${headLine}`]);
  const statusColumns = SET_STATUSES.map((s) => SET_STATUS_LABELS[s]);
  sheet.addRow(['村', '承诺主体', '尚未起草', ...statusColumns, '所处环节', '是否逾期']).font = TOTAL_FONT;
  for (const v of overview.villages) {
    const row = sheet.addRow([
      v.villageName,
      v.participants,
      v.notStarted,
      ...SET_STATUSES.map((s) => v.counts[s]),
      v.stageLabel,
      v.overdue ? '逾期' : '',
    ]);
    if (v.overdue) markOverdue(row);
  }
  const sum = (f: (v: Overview['villages'][number]) => number) =>
    overview.villages.reduce((n, v) => n + f(v), 0);
  sheet.addRow([
    '合计',
    sum((v) => v.participants),
    sum((v) => v.notStarted),
    ...SET_STATUSES.map((s) => sum((v) => v.counts[s])),
    '',
    overview.totals.overdueVillages > 0 ? `逾期 ${overview.totals.overdueVillages} 个村` : '',
  ]).font = TOTAL_FONT;
  sheet.getColumn(1).width = 14;
}

type PledgeLine = {
  villageId: string;
  name: string;
  isSecretary: boolean;
  isDirector: boolean;
  setStatus: SetStatus | null;
  pledge: {
    position: number;
    category: string;
    title: string;
    completionStandard: string;
    dueDate: string;
    status: PledgeStatus;
  } | null;
};

/** Every participant of the villages (not excluded) with each of their pledges; a participant with none appears once. */
async function pledgeLines(db: Queryable, campaignId: string, villageIds: string[]): Promise<PledgeLine[]> {
  if (villageIds.length === 0) return [];
  const rows = await db
    .select({
      villageId: participants.villageId,
      name: persons.name,
      isSecretary: participants.isSecretary,
      isDirector: participants.isDirector,
      setStatus: pledgeSets.status,
      pledge: {
        position: pledges.position,
        category: pledges.category,
        title: pledges.title,
        completionStandard: pledges.completionStandard,
        dueDate: pledges.dueDate,
        status: pledges.status,
      },
    })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .leftJoin(pledgeSets, eq(pledgeSets.participantId, participants.id))
    .leftJoin(pledges, and(eq(pledges.setId, pledgeSets.id), ne(pledges.status, 'withdrawn')))
    .where(
      and(
        eq(participants.campaignId, campaignId),
        eq(participants.excluded, false),
        inArray(participants.villageId, villageIds),
      ),
    );
  return rows.sort(
    (a, b) =>
      Number(b.isSecretary) - Number(a.isSecretary) ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      (a.pledge?.position ?? 0) - (b.pledge?.position ?? 0),
  );
}

const postOf = (l: PledgeLine) =>
  l.isSecretary && l.isDirector ? '党支部书记、村委会主任' : l.isSecretary ? '党支部书记' : '村委会主任';

function itemsSheet(workbook: ExcelJS.Workbook, overview: Overview, lines: PledgeLine[]) {
  const sheet = workbook.addWorksheet('承诺事项');
  sheet.addRow([`${overview.campaign.year}年度各村承诺事项`]).font = TOTAL_FONT;
  sheet.addRow([
    '村',
    '承诺人',
    '职务',
    '序号',
    '类别',
    '承诺事项',
    '完成标准',
    '完成时限',
    '事项状态',
    '逾期情况',
  ]).font = TOTAL_FONT;
  let allPeople = 0;
  let allItems = 0;
  for (const v of overview.villages) {
    const mine = lines.filter((l) => l.villageId === v.villageId);
    for (const l of mine) {
      const late = overdueNote(l, overview);
      const row = sheet.addRow([
        v.villageName,
        l.name,
        postOf(l),
        l.pledge ? l.pledge.position + 1 : '',
        l.pledge?.category ?? '',
        l.pledge?.title ?? (l.setStatus === null ? '（尚未起草）' : '（尚无事项）'),
        l.pledge?.completionStandard ?? '',
        l.pledge ? formatLocalDate(l.pledge.dueDate) : '',
        l.pledge ? PLEDGE_STATUS_LABELS[l.pledge.status] : '',
        late,
      ]);
      if (late) markOverdue(row);
    }
    const people = new Set(mine.map((l) => l.name)).size;
    const items = mine.filter((l) => l.pledge).length;
    allPeople += people;
    allItems += items;
    sheet.addRow([`${v.villageName} 小计`, `${people} 人`, '', `${items} 项`]).font = TOTAL_FONT;
  }
  sheet.addRow(['合计', `${allPeople} 人`, '', `${allItems} 项`]).font = TOTAL_FONT;
  for (const [i, width] of [14, 10, 22, 6, 12, 36, 36, 14, 14, 26].entries())
    sheet.getColumn(i + 1).width = width;
}

/** 承诺逾期: the set is not yet confirmed after the commitment deadline; 已过完成时限: the item's due date is past. */
function overdueNote(l: PledgeLine, overview: Overview): string {
  const notes: string[] = [];
  const settled = l.setStatus === 'confirmed' || l.setStatus === 'approved';
  if (overview.pastDeadline && !settled) notes.push('承诺逾期（截止日期已过仍未确认）');
  if (l.pledge && l.pledge.dueDate < overview.today) notes.push('已过完成时限');
  return notes.join('；');
}
