/**
 * A progress report on an approved pledge (践诺, DESIGN §2.6): its status words, and the rules one
 * report must meet. Pure: the service and the .xlsx import apply the same checks.
 */

export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Words a village cadre uses about their own work. */
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  not_started: '未开始',
  in_progress: '正在推进',
  done: '已完成',
  blocked: '遇到困难',
};

export const NOTE_MAX = 500;

export type ReportInput = {
  status: ProgressStatus;
  percent: number;
  /** The day the progress was seen (YYYY-MM-DD), in the township's zone. */
  reportDate: string;
  note: string;
};

export type ReportProblem = { field: keyof ReportInput; message: string };

/**
 * What is wrong with a report, field by field (empty when it may be stored). `today` is the
 * township's local date; the date must lie in the campaign year and not after today.
 */
export function reportProblems(input: ReportInput, year: number, today: string): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const { status, percent, reportDate, note } = input;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    problems.push({ field: 'percent', message: '完成进度须为 0 到 100 之间的整数' });
  } else if (status === 'done' && percent !== 100) {
    problems.push({ field: 'percent', message: '状态为“已完成”时，完成进度应为 100%' });
  } else if (status === 'not_started' && percent !== 0) {
    problems.push({ field: 'percent', message: '状态为“未开始”时，完成进度应为 0%' });
  } else if (status === 'in_progress' && percent === 100) {
    problems.push({ field: 'percent', message: '完成进度为 100% 时，请把状态选为“已完成”' });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reportDate) || Number.isNaN(Date.parse(`${reportDate}T00:00:00Z`))) {
    problems.push({ field: 'reportDate', message: '日期格式不正确' });
  } else if (!reportDate.startsWith(`${year}-`)) {
    problems.push({ field: 'reportDate', message: `日期须在 ${year} 年内` });
  } else if (reportDate > today) {
    problems.push({ field: 'reportDate', message: '日期不能晚于今天' });
  }
  const text = note.trim();
  if (text.length === 0) problems.push({ field: 'note', message: '请填写进展情况' });
  else if (text.length > NOTE_MAX)
    problems.push({ field: 'note', message: `进展情况不能超过 ${NOTE_MAX} 个字` });
  return problems;
}
