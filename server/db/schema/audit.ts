import { sql } from 'drizzle-orm';
import { bigint, boolean, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained log of every write: one chain per county (county_id null: the system
 * chain), each appended under its own lock, so counties never wait on each other. `hash` = SHA-256
 * over the previous hash and the entry's canonical content (domain/audit-chain.ts), whose `seq` is the
 * chain seq; `npm run audit:verify` recomputes every chain.
 *
 * Rows written before per-county chains (schema 0000) are the legacy segment (`legacy`): one global
 * chain hashed with the global `seq`; see migration 0004 for the rule.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Row id in insertion order, from a sequence (may have gaps); hashed only in legacy rows. */
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    countyId: uuid('county_id'),
    /** Position in the county's chain, assigned under the chain's lock as last + 1: no gaps. */
    chainSeq: bigint('chain_seq', { mode: 'number' }).notNull(),
    /** Written by schema 0000's single global chain (verified the old way). */
    legacy: boolean('legacy').notNull().default(false),
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
    unique('audit_chain_seq').on(t.countyId, t.chainSeq).nullsNotDistinct(),
    index('audit_legacy_seq').on(t.seq).where(sql`legacy`),
    index('audit_township_seq').on(t.townshipId, t.seq),
    index('audit_entity').on(t.entity, t.entityId),
  ],
);
