/**
 * Dates of supervision records (reports, checks, visits, sessions, follow-ups): township-local
 * YYYY-MM-DD, inside the campaign's year (its year-end work may spill into the next February, as
 * meetings do) and never after today. Due dates of rectifications lie ahead of the check.
 */
import { daysBetween } from '../local-time.ts';
import { meetingDateWindow } from '../voting/meeting-dates.ts';

/** Why `date` may not date a record of the campaign year, in Chinese (without the field name), or null. */
export function recordDateProblem(date: string, campaignYear: number, today: string): string | null {
  const { from, to } = meetingDateWindow(campaignYear, today);
  if (date < from || date > to) return `须在${campaignYear}年度内（${from} 至 ${to}）`;
  if (date > today) return `不能晚于今天（${today}）`;
  return null;
}

/** A rectification is given at least a day and at most half a year. */
export const MAX_RECTIFICATION_DAYS = 183;

/** Why `due` may not be the due date of a demand made on `from`, or null. */
export function dueDateProblem(due: string, from: string): string | null {
  const days = daysBetween(from, due);
  if (days < 1) return `须晚于检查日期（${from}）`;
  if (days > MAX_RECTIFICATION_DAYS) return `整改期限最长${MAX_RECTIFICATION_DAYS}天`;
  return null;
}

/** A demand not closed is overdue from the day after its due date (township-local today). */
export function rectificationState(
  r: { dueDate: string; closedOn: string | null },
  today: string,
): 'open' | 'overdue' | 'closed' {
  if (r.closedOn !== null) return 'closed';
  return r.dueDate < today ? 'overdue' : 'open';
}

/** A supervisor's term (任期): starts on or after the election, ends after it starts, at most five years. */
export function termProblem(start: string, end: string, electedOn: string): string | null {
  if (start < electedOn) return `任期开始不能早于选举会议日期（${electedOn}）`;
  if (end <= start) return '任期结束须晚于任期开始';
  if (daysBetween(start, end) > 5 * 366) return '任期最长五年';
  return null;
}

/** Is the term current on `today`? */
export const inTerm = (term: { termStart: string; termEnd: string }, today: string) =>
  term.termStart <= today && today <= term.termEnd;
