import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CampaignConfig } from '../../domain/campaign-config.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';

/**
 * 审核确认 (DESIGN §2.4 item 5): one frozen computation of a campaign's final results, with the
 * config it used, as it was then. Later config or data edits never change it; a new computation
 * supersedes it (with a reason, audited). At most one current (not superseded) set per campaign.
 */
export const resultSets = pgTable(
  'result_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    config: jsonb('config').$type<CampaignConfig>().notNull(),
    /** SHA-256 of the config's canonical JSON (the "config version" every explanation names). */
    configHash: text('config_hash').notNull(),
    /** SHA-256 of the preview the office confirmed (the numbers as shown to them). */
    digest: text('digest').notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull(),
    frozenBy: text('frozen_by').notNull(),
    /** Why a new computation replaced the previous one; null for the first. */
    reason: text('reason'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    /** The 公示 of this set (kind 'results'), once published. */
    publicationId: uuid('publication_id'),
  },
  (t) => [
    index('result_sets_campaign').on(t.campaignId, t.frozenAt),
    uniqueIndex('result_sets_current').on(t.campaignId).where(sql`superseded_at is null`),
  ],
);

/** One participant's frozen final result: the whole explained result, and its headline columns for queries. */
export const finalResultRows = pgTable(
  'final_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setId: uuid('set_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    villageId: uuid('village_id').notNull(),
    /** 0-based place in the set's rank order. */
    position: integer('position').notNull(),
    composite: doublePrecision('composite'),
    grade: text('grade'),
    rank: integer('rank'),
    forcedFail: boolean('forced_fail').notNull(),
    result: jsonb('result').$type<FinalResult>().notNull(),
  },
  (t) => [
    unique('final_results_set_participant').on(t.setId, t.participantId),
    index('final_results_campaign').on(t.campaignId, t.participantId),
  ],
);
