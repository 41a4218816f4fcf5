import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CampaignConfig } from '../../domain/campaign-config.ts';
import { PHASES } from '../../domain/phases.ts';

/**
 * What each module's records of an archived year hashed to at sealing (module name → digest), and
 * what a module anchored then (e.g. the county's audit chain head), so a later check names the
 * module whose records changed. Null for years sealed before per-module digests.
 */
export type SealParts = Record<string, { digest: string; anchor?: unknown }>;

/** One campaign per township per year. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    year: integer('year').notNull(),
    phase: text('phase', { enum: PHASES }).notNull().default('setup'),
    config: jsonb('config').$type<CampaignConfig>().notNull(),
    /** SHA-256 over the campaign's rows, stored when it enters 'archived' (then read-only). */
    sealHash: text('seal_hash'),
    sealedAt: timestamp('sealed_at', { withTimezone: true }),
    sealParts: jsonb('seal_parts').$type<SealParts>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('campaigns_township_year').on(t.townshipId, t.year)],
);

/** 承诺主体: one row per person per campaign, even when the person holds both posts. */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    personId: uuid('person_id').notNull(),
    isSecretary: boolean('is_secretary').notNull(),
    isDirector: boolean('is_director').notNull(),
    excluded: boolean('excluded').notNull().default(false),
    excludedReason: text('excluded_reason'),
    excludedOn: date('excluded_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('participants_campaign_person').on(t.campaignId, t.personId),
    index('participants_village').on(t.villageId),
  ],
);
