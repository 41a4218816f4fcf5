/**
 * When a meeting may be dated (issue 8 §4): a year's meetings are held in that year, and its
 * year-end evaluation may spill into the first two months of the next; a meeting of no campaign
 * lies within a year of today. Dates are the township's local dates (YYYY-MM-DD).
 */
export type MeetingDateWindow = { from: string; to: string };

export function meetingDateWindow(campaignYear: number | null, today: string): MeetingDateWindow {
  if (campaignYear !== null) return { from: `${campaignYear}-01-01`, to: `${campaignYear + 1}-02-28` };
  const year = Number(today.slice(0, 4));
  const monthDay = today.slice(4);
  // 02-29 has no counterpart in most years: the window then ends a day early or starts a day late.
  const md = monthDay === '-02-29' ? '-02-28' : monthDay;
  return { from: `${year - 1}${md}`, to: `${year + 1}${md}` };
}

/** Why a meeting may not be dated `date`, in Chinese, or null. */
export function meetingDateProblem(date: string, campaignYear: number | null, today: string): string | null {
  const { from, to } = meetingDateWindow(campaignYear, today);
  if (date >= from && date <= to) return null;
  return campaignYear !== null
    ? `会议时间须在${campaignYear}年度内（${from} 至 ${to}，年终考评可延至次年二月）`
    : `会议时间须在今天前后一年内（${from} 至 ${to}）`;
}
