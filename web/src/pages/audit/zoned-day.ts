/**
 * The instants a range of calendar days (YYYY-MM-DD, as picked) covers in the township's time zone,
 * whatever zone the browser is in: from the first day's 00:00 to the last day's 23:59:59.999 there.
 */
export function zonedDayRange(first: string, last: string, timeZone: string): { from: string; to: string } {
  const nextDay = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    from: dayStart(first, timeZone).toISOString(),
    to: new Date(dayStart(nextDay, timeZone).getTime() - 1).toISOString(),
  };
}

/** 00:00 of a calendar day in a zone: UTC midnight of that date, moved back by the zone's offset then. */
function dayStart(date: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return new Date(utcMidnight - offsetAt(new Date(utcMidnight), timeZone));
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms ("GMT+08:00" → 8 h; "GMT" → 0). */
function offsetAt(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}
