import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { PROGRESS_STATUSES } from '../../domain/progress/report.ts';

/**
 * 践诺进展: one dated report on an approved pledge, by its cadre, the village clerk for them, or the
 * township office (an .xlsx update). Reports are only added: the list is the pledge's timeline.
 */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    pledgeId: uuid('pledge_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    status: text('status', { enum: PROGRESS_STATUSES }).notNull(),
    percent: integer('percent').notNull(),
    reportDate: date('report_date').notNull(),
    /** Shown on the public board. */
    note: text('note').notNull(),
    /** For the township only (e.g. why it is blocked, who was spoken to); never public. */
    internalNote: text('internal_note'),
    source: text('source', { enum: ['web', 'xlsx'] }).notNull(),
    reporterRole: text('reporter_role').notNull(),
    reportedBy: uuid('reported_by'),
    reportedByName: text('reported_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('progress_reports_pledge').on(t.pledgeId, t.reportDate),
    index('progress_reports_campaign_village').on(t.campaignId, t.villageId),
  ],
);
