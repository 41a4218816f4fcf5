import {
  bigint,
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

/** One cadre's line of a signed pay sheet, as signed (names and grade as they stood then). */
export type PaySheetLine = {
  participantId: string;
  name: string;
  villageName: string;
  posts: string[];
  grade: string | null;
  coefficient: number | null;
  baseFen: number;
  amountFen: number | null;
};

/** One 优秀 cadre named in an issued commendation, as issued. */
export type Honouree = {
  participantId: string;
  name: string;
  villageName: string;
  posts: string[];
  grade: string;
  composite: number | null;
};

/**
 * 绩效工资 base amounts (DESIGN §2.5): what the office enters or imports per cadre of a year, in fen.
 * The amount is the base times the coefficient of the cadre's grade, computed when shown or signed.
 */
export const payBases = pgTable(
  'pay_bases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    baseFen: bigint('base_fen', { mode: 'number' }).notNull(),
    enteredBy: text('entered_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('pay_bases_participant').on(t.campaignId, t.participantId)],
);

/**
 * A township's signed pay sheet (签发), one row per version: frozen once signed. A correction
 * supersedes the current version (with its reason) and the office signs the next one.
 */
export const paySheets = pgTable(
  'pay_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    version: integer('version').notNull(),
    lines: jsonb('lines').$type<PaySheetLine[]>().notNull(),
    coefficients: jsonb('coefficients').$type<Record<string, number>>().notNull(),
    baseFen: bigint('base_fen', { mode: 'number' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** Why this version replaces the one before (null for the first). */
    reason: text('reason'),
    signedBy: text('signed_by').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** The county audit chain head when it was signed, printed on the sheet. */
    headSeq: integer('head_seq').notNull(),
    headHash: text('head_hash').notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    supersededBy: text('superseded_by'),
    supersededReason: text('superseded_reason'),
  },
  (t) => [
    unique('pay_sheets_version').on(t.campaignId, t.version),
    index('pay_sheets_campaign').on(t.campaignId),
  ],
);

/**
 * 评选表彰 (DESIGN §2.5): a year's commendation notice, edited by the office, then issued once (it
 * is published as a 表彰决定 publication and its text and honourees are frozen).
 */
export const commendationNotices = pgTable(
  'commendation_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    title: text('title').notNull(),
    recipients: text('recipients').notNull(),
    body: text('body').notNull(),
    signature: text('signature').notNull(),
    noticeDate: date('notice_date').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    honourees: jsonb('honourees').$type<Honouree[]>(),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedBy: text('issued_by'),
    publicationId: uuid('publication_id'),
    headSeq: integer('head_seq'),
    headHash: text('head_hash'),
  },
  (t) => [unique('commendation_notices_campaign').on(t.campaignId)],
);
