import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { PUBLICATION_KINDS } from '../../domain/publicity.ts';

/**
 * 公示 (DESIGN §2.6): one thing shown on a public board for a period. `content` is the snapshot of
 * what was published, frozen then: later edits of the pledges or the plan never change it.
 * A township-wide publication has no village; objections to it arrive as mailbox letters that name it.
 */
export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    /** Null for a township-wide publication (the plan). */
    villageId: uuid('village_id'),
    campaignId: uuid('campaign_id').notNull(),
    /** Set when it is about one cadre only. */
    participantId: uuid('participant_id'),
    kind: text('kind', { enum: PUBLICATION_KINDS }).notNull(),
    title: text('title').notNull(),
    /** What was published, as the board shows it (shape per kind, publications/snapshot.ts). */
    content: jsonb('content').$type<unknown>().notNull(),
    /** First day of the 公示期 (township's local date). */
    startDate: date('start_date').notNull(),
    /** Length of the 公示期 in days (never under 5). */
    periodDays: integer('period_days').notNull(),
    /** Last day objections are taken (within the period). */
    objectionEndDate: date('objection_end_date').notNull(),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: text('withdrawn_by'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [
    index('publications_campaign_village').on(t.campaignId, t.villageId),
    index('publications_township').on(t.townshipId, t.startDate),
  ],
);
