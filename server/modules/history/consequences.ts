import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import {
  admonishmentTasks,
  commendationNotices,
  paySheets,
  removalCaseSteps,
  removalCases,
} from '../../db/schema/index.ts';
import { formatLocalDate } from '../../domain/local-time.ts';
import { CASE_STEP_LABELS } from '../../domain/sanctions/due-process.ts';
import { REMOVAL_MEASURE_LABELS } from '../../domain/sanctions/removal-chain.ts';

/** One consequence in a cadre's history, shown under the year whose results brought it. */
export type Consequence = {
  campaignId: string;
  kind: 'admonishment' | 'removal_case' | 'performance_pay' | 'commendation';
  label: string;
  detail: string;
  closed: boolean;
};

export const CONSEQUENCE_KINDS = ['admonishment', 'removal_case', 'performance_pay', 'commendation'] as const;

/** Whose consequences to read: the person, and their participations (one per year). */
export type ConsequenceOwner = {
  personId: string;
  participantIds: readonly string[];
  campaignIds: readonly string[];
};

/** A table of consequences the history reads. */
export type ConsequenceSource = (q: Queryable, owner: ConsequenceOwner) => Promise<Consequence[]>;

const admonishments: ConsequenceSource = async (q, owner) => {
  if (owner.participantIds.length === 0) return [];
  const rows = await q
    .select()
    .from(admonishmentTasks)
    .where(inArray(admonishmentTasks.participantId, [...owner.participantIds]));
  return rows.map((t) => ({
    campaignId: t.campaignId,
    kind: 'admonishment',
    label: '诫勉谈话',
    detail: t.closedAt
      ? `${t.reasonText}；${formatLocalDate(t.talkedOn ?? '')}由${t.talkedBy}谈话，已办结`
      : `${t.reasonText}；应于${formatLocalDate(t.dueOn)}前谈话，尚未办结`,
    closed: t.closedAt !== null,
  }));
};

const removals: ConsequenceSource = async (q, owner) => {
  const cases = await q.select().from(removalCases).where(eq(removalCases.personId, owner.personId));
  if (cases.length === 0) return [];
  const steps = await q
    .select({ caseId: removalCaseSteps.caseId, step: removalCaseSteps.step })
    .from(removalCaseSteps)
    .where(
      inArray(
        removalCaseSteps.caseId,
        cases.map((c) => c.id),
      ),
    );
  return cases.map((c) => {
    const done = steps.filter((s) => s.caseId === c.id).map((s) => CASE_STEP_LABELS[s.step]);
    const measures = c.measures.map((m) => REMOVAL_MEASURE_LABELS[m]).join('、');
    return {
      campaignId: c.campaignId,
      kind: 'removal_case',
      label: '免职（罢免）案件',
      detail: `${c.firstYear}、${c.secondYear}年度连续不合格：${measures}；${
        done.length ? `已办理${done.join('、')}` : '尚未告知本人'
      }${c.closedAt ? '，已办结' : ''}`,
      closed: c.closedAt !== null,
    };
  });
};

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** 绩效工资: the cadre's line of the year's signed pay sheet (the current version). */
const performancePay: ConsequenceSource = async (q, owner) => {
  if (owner.campaignIds.length === 0) return [];
  const sheets = await q
    .select({ campaignId: paySheets.campaignId, lines: paySheets.lines, version: paySheets.version })
    .from(paySheets)
    .where(and(inArray(paySheets.campaignId, [...owner.campaignIds]), isNull(paySheets.supersededAt)));
  return sheets.flatMap((sheet) => {
    const line = sheet.lines.find((l) => owner.participantIds.includes(l.participantId));
    if (!line) return [];
    const detail =
      line.amountFen === null
        ? '绩效工资表已签发，本人未计发'
        : `绩效工资 ${yuan(line.amountFen)} 元（基数 ${yuan(line.baseFen)} 元 × 系数 ${line.coefficient}）`;
    return [
      {
        campaignId: sheet.campaignId,
        kind: 'performance_pay' as const,
        label: '绩效工资',
        detail,
        closed: true,
      },
    ];
  });
};

/** 评选表彰: named in the year's issued commendation notice. */
const commendations: ConsequenceSource = async (q, owner) => {
  if (owner.campaignIds.length === 0) return [];
  const notices = await q
    .select({
      campaignId: commendationNotices.campaignId,
      title: commendationNotices.title,
      honourees: commendationNotices.honourees,
    })
    .from(commendationNotices)
    .where(
      and(
        inArray(commendationNotices.campaignId, [...owner.campaignIds]),
        isNotNull(commendationNotices.issuedAt),
      ),
    );
  return notices
    .filter((n) => (n.honourees ?? []).some((h) => owner.participantIds.includes(h.participantId)))
    .map((n) => ({
      campaignId: n.campaignId,
      kind: 'commendation' as const,
      label: '评选表彰',
      detail: `列入《${n.title}》表彰名单`,
      closed: true,
    }));
};

/**
 * Every table of consequences a cadre's history shows, in the order they are listed under a year.
 * A new kind of consequence adds its source here (and its kind to CONSEQUENCE_KINDS).
 */
export const CONSEQUENCE_SOURCES: readonly ConsequenceSource[] = [
  commendations,
  performancePay,
  admonishments,
  removals,
];
