import { z } from 'zod';
import { isoDayOrInstant } from '../../http/date-fields.ts';

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

export const auditQuery = z.strictObject({
  action: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  actorName: z.string().max(64).optional(),
  from: isoDayOrInstant.optional(),
  to: isoDayOrInstant.optional(),
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
