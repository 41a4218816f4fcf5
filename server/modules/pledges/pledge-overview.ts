import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { participants, pledgeSets, villages } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { formatLocalDate, formatLocalDateTime } from '../../domain/local-time.ts';
import { deadlineStanding } from '../../domain/pledging/deadline.ts';
import { SET_STATUS_LABELS, SET_STATUSES, type SetStatus } from '../../domain/pledging/workflow.ts';
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
 * Every village of the campaign's township: progress through the phase against the commitment
 * deadline, judged by the township's local date at `now`.
 */
export async function pledgingOverview(db: Queryable, scope: Scope, campaignId: string, now = new Date()) {
  const campaign = await findCampaign(db, scope, campaignId);
  const timeZone = await townshipZone(db, campaign.townshipId);
  const villageRows = await db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(
      and(
        eq(villages.townshipId, campaign.townshipId),
        scopeWhere(scope, { county: villages.countyId, township: villages.townshipId, village: villages.id }),
      ),
    )
    .orderBy(asc(villages.name));
  const people = await db
    .select({ participant: participants, status: pledgeSets.status })
    .from(participants)
    .leftJoin(pledgeSets, eq(pledgeSets.participantId, participants.id))
    .where(eq(participants.campaignId, campaign.id));
  const deadline = campaign.config.commitmentDeadline;
  const { today, pastDeadline, daysLeft } = deadlineStanding(deadline, timeZone, now);
  const list = villageRows.map((v) => {
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

/** The overview as an .xlsx sheet, overdue villages filled red. */
export async function overviewWorkbook(
  db: Queryable,
  scope: Scope,
  campaignId: string,
  now = new Date(),
): Promise<Buffer> {
  const overview = await pledgingOverview(db, scope, campaignId, now);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('承诺进度');
  sheet.addRow([
    `${overview.campaign.year} 年度村官承诺进度（承诺截止日期 ${formatLocalDate(overview.commitmentDeadline)}）`,
  ]);
  sheet.addRow([`导出时间：${formatLocalDateTime(now, overview.timeZone)}`]);
  const statusColumns = SET_STATUSES.map((s) => SET_STATUS_LABELS[s]);
  sheet.addRow(['村', '承诺主体', '尚未起草', ...statusColumns, '所处环节', '是否逾期']).font = {
    bold: true,
  };
  for (const v of overview.villages) {
    const row = sheet.addRow([
      v.villageName,
      v.participants,
      v.notStarted,
      ...SET_STATUSES.map((s) => v.counts[s]),
      v.stageLabel,
      v.overdue ? '逾期' : '',
    ]);
    if (v.overdue) {
      row.eachCell((c) => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
      });
    }
  }
  sheet.getColumn(1).width = 14;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
