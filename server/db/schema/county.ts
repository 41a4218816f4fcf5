import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SubmittedRow, SummaryTexts } from '../../domain/county/report-figures.ts';

/** bytea as a Buffer on both drivers (PGlite answers a Uint8Array, node-postgres a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value),
});

/**
 * 上报县委组织部、县民政局 (DESIGN §2.4 item 6): one submission of a township's final results of a year,
 * with the two documents exactly as submitted (.xlsx result table, .docx written summary) and their
 * SHA-256. The county reads the latest submission of each township; an earlier one stays (a later
 * one is a 更正 and carries its reason). `rows` is the table as submitted, frozen: later changes of
 * the results never change what the county was sent.
 */
export const countySubmissions = pgTable(
  'county_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    year: integer('year').notNull(),
    /** 1 for the first submission of the campaign, 2… for each 更正. */
    seq: integer('seq').notNull(),
    /** Why it was submitted again (更正); null for the first. */
    reason: text('reason'),
    summary: jsonb('summary').$type<SummaryTexts>().notNull(),
    rows: jsonb('rows').$type<SubmittedRow[]>().notNull(),
    /** The campaign's grade labels, best first, the fail grade last (the order of counts and charts). */
    grades: jsonb('grades').$type<string[]>().notNull(),
    /** The composite weights the results were computed with (config compositeWeights). */
    weights: jsonb('weights').$type<{ village: number; jury: number; inspection: number }>().notNull(),
    /** The county's audit chain head printed on both documents. */
    chainSeq: integer('chain_seq').notNull(),
    chainHash: text('chain_hash').notNull(),
    xlsx: bytea('xlsx').notNull(),
    xlsxSha256: text('xlsx_sha256').notNull(),
    docx: bytea('docx').notNull(),
    docxSha256: text('docx_sha256').notNull(),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('county_submissions_campaign_seq').on(t.campaignId, t.seq),
    index('county_submissions_county_year').on(t.countyId, t.year),
  ],
);

/**
 * The office's edited free text of a campaign's summary, kept until it is submitted (and after: the
 * next 更正 starts from it). Without a row the summary's default text is used.
 */
export const countyReportDrafts = pgTable('county_report_drafts', {
  campaignId: uuid('campaign_id').primaryKey(),
  countyId: uuid('county_id').notNull(),
  townshipId: uuid('township_id').notNull(),
  summary: jsonb('summary').$type<SummaryTexts>().notNull(),
  updatedByName: text('updated_by_name').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
