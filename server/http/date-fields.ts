import { z } from 'zod';
import { isIsoDate } from '../domain/roster.ts';

/**
 * THE date fields of every request (pledge due dates, position and exclusion dates, campaign
 * config, meeting times, audit filters): a real calendar day with a four-digit year. A regex alone
 * let 2027-02-30 through to be rolled into March, and `new Date('10000-01-01')` into a 500.
 * The error handler puts the field's label before the message.
 */
export const DATE_HINT = '应为有效日期，格式如 2027-02-28';
const DATE_TIME_HINT = '应为有效的日期和时间，如 2027-03-01 09:00';

/** A day, YYYY-MM-DD, that exists. */
export const isoDate = z.string().max(10, DATE_HINT).refine(isIsoDate, DATE_HINT);

/** A moment with its offset (2027-03-01T09:00:00+08:00); Zod's datetime checks the calendar day. */
export const isoDateTime = z.iso.datetime({ offset: true, error: DATE_TIME_HINT });

const DAY_OR_INSTANT =
  /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

/** A filter bound: a day (2027-02-28) or an instant (2027-02-27T16:00:00.000Z), read as a Date. */
export const isoDayOrInstant = z
  .string()
  .max(40, DATE_HINT)
  .refine((text) => {
    const m = DAY_OR_INSTANT.exec(text);
    return m !== null && isIsoDate(m[1]!);
  }, DATE_HINT)
  .transform((text) => new Date(text));
