import { z } from 'zod';
import { isIsoDate } from '../../domain/roster.ts';

/** Chinese names of the audit log's query fields, for error messages. */
export const fieldLabels: Record<string, string> = {
  action: '操作类型',
  entity: '对象类型',
  actorName: '操作人',
  from: '开始时间',
  to: '结束时间',
  limit: '每页条数',
  offset: '起始位置',
};

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

/**
 * A day (2027-02-28) or an instant (2027-02-27T16:00:00.000Z) with a real calendar date and a
 * four-digit year: `z.coerce.date()` rolled 2027-02-30 into March and let year 10000 through to SQL.
 */
const instant = z
  .string()
  .max(40)
  .refine((text) => {
    const m = INSTANT.exec(text);
    return m !== null && isIsoDate(m[1]!);
  }, '应为有效日期，如 2027-02-28')
  .transform((text) => new Date(text));

export const auditQuery = z.strictObject({
  action: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  actorName: z.string().max(64).optional(),
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const auditEntry = z.object({
  /** Row id in insertion order across every county. */
  seq: z.number(),
  /** Position in the county's chain: what people see as the entry's number. */
  chainSeq: z.number(),
  at: z.date(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  hash: z.string(),
});

export const auditPage = z.object({
  total: z.number(),
  entries: z.array(auditEntry),
  /** The caller's township's time zone (the default for a county viewer): times are shown in it. */
  timeZone: z.string(),
});

const chainHead = z.object({ seq: z.number(), hash: z.string() });

/** The caller's county chain, verified whole; counts and ranges are the caller's own entries only. */
export const verifyResponse = z.object({
  ok: z.boolean(),
  /** The caller's entries (the township's, or the county's) verified. */
  checked: z.number(),
  /** Chain seq of the first and last of them. */
  firstSeq: z.number().nullable(),
  lastSeq: z.number().nullable(),
  /** The county chain's last entry now. */
  head: chainHead,
  /** Chain seq of the first entry of the county chain that does not verify. */
  brokenSeq: z.number().nullable(),
  /** Whether that entry is the caller's own (else: another township's of the same county). */
  brokenInScope: z.boolean(),
  /** Why, in Chinese. */
  why: z.string().nullable(),
});
