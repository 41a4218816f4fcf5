import { daysBetween, localToday } from '../local-time.ts';

/**
 * The commitment deadline (承诺截止日期) as the township lives it: "today" is the township's local
 * date, so a deadline of 03-31 has passed at 04-01 00:00 local time, not eight hours later (DESIGN §3).
 */
export type DeadlineStanding = {
  /** The township's local date now (YYYY-MM-DD). */
  today: string;
  /** The deadline day is over. */
  pastDeadline: boolean;
  /** Whole days from today to the deadline; 0 on the day itself, negative once past. */
  daysLeft: number;
};

export function deadlineStanding(deadline: string, timeZone: string, now: Date): DeadlineStanding {
  const today = localToday(timeZone, now);
  return { today, pastDeadline: today > deadline, daysLeft: daysBetween(today, deadline) };
}
