import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ReportContent } from '../../domain/reports/content.ts';
import { REPORT_STATUSES } from '../../domain/reports/content.ts';

const tenant = () => ({
  countyId: uuid('county_id').notNull(),
  townshipId: uuid('township_id').notNull(),
  villageId: uuid('village_id').notNull(),
});

/**
 * 述职报告: one per participant of a campaign (DESIGN §2.4 item 1), with its current text: a draft
 * being written, the submitted report, or a report the office returned for changes.
 */
export const yearEndReports = pgTable(
  'year_end_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    campaignId: uuid('campaign_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('draft'),
    content: jsonb('content').$type<ReportContent>().notNull(),
    /** Submissions so far: the number of the latest kept version (0 before the first). */
    version: integer('version').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByName: text('updated_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('year_end_reports_participant').on(t.participantId),
    index('year_end_reports_campaign_village').on(t.campaignId, t.villageId),
  ],
);

/** Every submitted version of a report, kept as submitted; a return is written onto the version it returned. */
export const yearEndReportVersions = pgTable(
  'year_end_report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    campaignId: uuid('campaign_id').notNull(),
    reportId: uuid('report_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<ReportContent>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name').notNull(),
    /** village_cadre (本人提交) or village_clerk (记录员代为录入). */
    submittedByRole: text('submitted_by_role').notNull(),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnedByName: text('returned_by_name'),
    returnReason: text('return_reason'),
  },
  (t) => [
    unique('year_end_report_versions_number').on(t.reportId, t.version),
    index('year_end_report_versions_campaign').on(t.campaignId),
  ],
);
