import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained log of every write. `hash` = SHA-256 over the previous hash and the
 * entry's canonical content (see domain/audit-chain.ts); `npm run audit:verify` recomputes it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Assigned under an advisory lock as last seq + 1, so the chain has no gaps. */
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    countyId: uuid('county_id'),
    townshipId: uuid('township_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_township_seq').on(t.townshipId, t.seq),
    index('audit_entity').on(t.entity, t.entityId),
  ],
);
