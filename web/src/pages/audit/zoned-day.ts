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

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wallClock - instant.getTime();
}
