import { createContext, useContext } from 'react';
import { DEFAULT_TIME_ZONE, formatLocalDateTime, localDate } from '../../../../server/domain/local-time.ts';

/** The township's time zone: every time on a pledging page is printed in it, never in the browser's. */
export const ZoneContext = createContext(DEFAULT_TIME_ZONE);

/** Times and dates as the township reads them (2027年3月10日 09:00, 2027-03-10). */
export function useLocalTime() {
  const zone = useContext(ZoneContext);
  return {
    dateTime: (at: string) => formatLocalDateTime(new Date(at), zone),
    date: (at: string) => localDate(new Date(at), zone),
  };
}
