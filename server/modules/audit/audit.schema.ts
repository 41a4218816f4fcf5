import { z } from 'zod';

export const auditQuery = z.strictObject({
  action: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  actorName: z.string().max(64).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const auditEntry = z.object({
  seq: z.number(),
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

export const auditPage = z.object({ total: z.number(), entries: z.array(auditEntry) });
export const verifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenSeq: z.number().nullable(),
  why: z.string().nullable(),
});
