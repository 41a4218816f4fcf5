/**
 * Dates and times as the township lives them (DESIGN §3): "today" in every rule (commitment deadline,
 * overdue) and every time printed for a person are in the township's time zone, never UTC.
 * Pure: the caller passes the instant (`now`) and the zone.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

type LocalParts = { year: string; month: string; day: string; hour: string; minute: string; second: string };

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return parts as LocalParts;
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Today's local date in the zone (YYYY-MM-DD). */
export const localToday = (timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()) =>
  localDate(now, timeZone);

/** An instant as a person reads it: 2026年12月1日 09:05. */
export function formatLocalDateTime(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = localParts(instant, timeZone);
  return `${Number(p.year)}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
}

/** A calendar date (YYYY-MM-DD) as a person reads it: 2026年3月31日. */
export function formatLocalDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar day `days` after `date` (YYYY-MM-DD; negative goes back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
