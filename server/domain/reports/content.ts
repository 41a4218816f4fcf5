/**
 * 述职报告 (DESIGN §2.4 item 1): what a participant's year-end report holds, and when its text is
 * complete enough to submit. Pure: the service, its tests and the demo use the same rules.
 */

/** draft: being written; submitted: locked; returned: the office sent it back for changes. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The overview also counts participants who have not begun. */
export type ReportStanding = ReportStatus | 'not_started';

export const REPORT_STANDING_LABELS: Record<ReportStanding, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回修改',
  not_started: '未开始',
};

/** One confirmed pledge's completion statement (its title kept with it, as the report said it). */
export type PledgeStatement = { pledgeId: string; title: string; statement: string };

export type ReportContent = {
  pledges: PledgeStatement[];
  /** 履行岗位职责情况 */
  duties: string;
  /** 自身建设情况（廉洁自律等） */
  selfBuilding: string;
  /** 存在问题及下一步打算 */
  problemsAndPlans: string;
};

export const STATEMENT_MAX = 1500;
export const SECTION_MAX = 4000;
export const RETURN_REASON_MAX = 500;

/** The report's sections in the order the document prints them, with their Chinese headings. */
export const REPORT_SECTIONS = [
  { key: 'duties', label: '履行岗位职责情况' },
  { key: 'selfBuilding', label: '自身建设情况' },
  { key: 'problemsAndPlans', label: '存在问题及下一步打算' },
] as const satisfies readonly { key: keyof ReportContent; label: string }[];

export type ReportProblem = { field: string; message: string };

/** Statements naming a pledge that is not one of the participant's confirmed pledges: a 400 each. */
export function unknownStatementProblems(
  statements: { pledgeId: string }[],
  pledges: { id: string }[],
): ReportProblem[] {
  const known = new Set(pledges.map((p) => p.id));
  return statements.flatMap((s, i) =>
    known.has(s.pledgeId)
      ? []
      : [{ field: `pledges.${i}.pledgeId`, message: '所选“承诺事项”不是本人本年度已批准的承诺事项' }],
  );
}

/**
 * What keeps a report (its statements aligned to the pledges) from being submitted, field by field:
 * a statement for every confirmed pledge and every section written. A draft may be incomplete.
 */
export function submitProblems(content: ReportContent): ReportProblem[] {
  const problems: ReportProblem[] = content.pledges.flatMap((s, i) =>
    s.statement.trim()
      ? []
      : [{ field: `pledges.${i}.statement`, message: `请填写第${i + 1}项承诺“${s.title}”的完成情况` }],
  );
  for (const { key, label } of REPORT_SECTIONS) {
    if (!content[key].trim()) problems.push({ field: key, message: `请填写“${label}”` });
  }
  return problems;
}

/** Statements only for the participant's pledges, in their order, each with its pledge's title. */
export function alignStatements(
  statements: { pledgeId: string; statement: string }[],
  pledges: { id: string; title: string }[],
): PledgeStatement[] {
  return pledges.map((p) => ({
    pledgeId: p.id,
    title: p.title,
    statement: statements.find((s) => s.pledgeId === p.id)?.statement.trim() ?? '',
  }));
}
