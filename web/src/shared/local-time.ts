/**
 * THE way the web prints and edits times: in the township's time zone (from /api/auth/me, or the
 * zone a page's record carries), never in the browser's. A phone set to another zone, or a test
 * browser in UTC, still shows a 09:00 meeting in 愚公乡 as 09:00.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { createContext, useContext } from 'react';
import {
  DEFAULT_TIME_ZONE,
  formatLocalDateTime,
  localDate,
  localToday,
} from '../../../server/domain/local-time.ts';
import { useMe } from '../api/session.ts';

/** A page whose record names its township's zone (e.g. a pledge set) provides it; else the account's. */
export const ZoneContext = createContext<string | null>(null);

const WALL = 'YYYY-MM-DDTHH:mm';

/** Minutes the zone is ahead of UTC at an instant (Asia/Shanghai: 480). */
function offsetMinutes(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const pad = (n: number) => String(n).padStart(2, '0');
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** The printers and converters of one zone (pure: what the hooks below hand out). */
export function timesIn(zone: string) {
  return {
    zone,
    /** 2026年11月20日 09:00 */
    dateTime: (at: string | Date) => formatLocalDateTime(new Date(at), zone),
    /** 2026-11-20 */
    date: (at: string | Date) => localDate(new Date(at), zone),
    today: () => localToday(zone),
    /**
     * An instant as a date picker's value: a Dayjs whose fields are the township's wall clock (the
     * picker shows the fields, in whatever zone the browser is).
     */
    toPicker: (at: string | Date): Dayjs => {
      const instant = new Date(at);
      const hhmm = formatLocalDateTime(instant, zone).slice(-5);
      return dayjs(`${localDate(instant, zone)}T${hhmm}`);
    },
    /** `days` after the township's today, at hh:mm on its wall clock, as a picker's value. */
    pickerDay: (days: number, hhmm: string): Dayjs => dayjs(`${localToday(zone)}T${hhmm}`).add(days, 'day'),
    /** A picker's wall-clock value back to an instant with the zone's offset: 2026-11-20T09:00:00+08:00. */
    fromPicker: (wall: Dayjs): string => {
      const text = wall.format(WALL);
      const asUtc = Date.parse(`${text}:00Z`);
      const guess = asUtc - offsetMinutes(asUtc, zone) * 60_000;
      return `${text}:00${offsetText(offsetMinutes(guess, zone))}`;
    },
  };
}

/** The zone times are shown in: the page's record's, else the signed-in account's township's. */
export function useTownshipZone(): string {
  const fromPage = useContext(ZoneContext);
  const me = useMe().data;
  return fromPage ?? me?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Times and dates as the township reads them. */
export const useLocalTime = () => timesIn(useTownshipZone());
