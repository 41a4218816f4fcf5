import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  JUROR_CATEGORIES,
  JURY_MEETING_STATUSES,
  REPORTER_STATUSES,
  SCORE_SOURCES,
  TIE_SOURCES,
} from '../../domain/evaluation/jury-categories.ts';

/**
 * 乡集中述职 (DESIGN §2.4 item 3): one report meeting per campaign, its jury, the ordered reporters,
 * the jurors' scores (from phones, or paper sheets keyed in twice) and corrections confirmed by a
 * second person. Scores are numeric(5,2): 0–100 with up to two decimals.
 */
const township = () => ({
  countyId: uuid('county_id').notNull(),
  townshipId: uuid('township_id').notNull(),
});

/** The meeting's rules, frozen when it starts (the campaign's config of that moment). */
export type JuryRules = {
  trimMinScores: number;
  subCriteria: { name: string; maxScore: number }[];
  missingPolicy: 'leave_out' | 'wait';
};

export const juryMeetings = pgTable(
  'jury_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    campaignId: uuid('campaign_id').notNull().unique(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    status: text('status', { enum: JURY_MEETING_STATUSES }).notNull().default('setup'),
    rules: jsonb('rules').$type<JuryRules>(),
    currentReporterId: uuid('current_reporter_id'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jury_meetings_township').on(t.townshipId)],
);

/** 评委: a roster person of a category; signs in with a juror account or a one-time QR code. */
export const jurors = pgTable(
  'jurors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    meetingId: uuid('meeting_id').notNull(),
    personId: uuid('person_id').notNull(),
    category: text('category', { enum: JUROR_CATEGORIES }).notNull(),
    /** The account the juror scores with (their juror account, or one opened for the QR slip). */
    userId: uuid('user_id'),
    /** 评委N in anonymized reports: drawn at random when the meeting starts. */
    alias: integer('alias'),
    /** SHA-256 of the QR slip's one-time sign-in code; cleared when used or replaced. */
    signInCodeHash: text('sign_in_code_hash'),
    codeIssuedAt: timestamp('code_issued_at', { withTimezone: true }),
    codeUsedAt: timestamp('code_used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('jurors_meeting_person').on(t.meetingId, t.personId),
    uniqueIndex('jurors_sign_in_code').on(t.signInCodeHash).where(sql`sign_in_code_hash is not null`),
    index('jurors_user').on(t.userId),
  ],
);

/** A juror's tie to a village: they do not score that village's reporters (回避). */
export const jurorTies = pgTable(
  'juror_ties',
  {
    ...township(),
    meetingId: uuid('meeting_id').notNull(),
    jurorId: uuid('juror_id').notNull(),
    villageId: uuid('village_id').notNull(),
    source: text('source', { enum: TIE_SOURCES }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.jurorId, t.villageId] }), index('juror_ties_meeting').on(t.meetingId)],
);

/** 述职人: a participant of the campaign in the meeting's order. */
export const juryReporters = pgTable(
  'jury_reporters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    meetingId: uuid('meeting_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    villageId: uuid('village_id').notNull(),
    position: integer('position').notNull(),
    status: text('status', { enum: REPORTER_STATUSES }).notNull().default('waiting'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** When the result became final (every juror scored, or the rest left out per the policy). */
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    unique('jury_reporters_meeting_participant').on(t.meetingId, t.participantId),
    index('jury_reporters_meeting').on(t.meetingId, t.position),
  ],
);

/** One juror's score of one reporter (the current value; corrections keep the old one). */
export const juryScores = pgTable(
  'jury_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    meetingId: uuid('meeting_id').notNull(),
    reporterId: uuid('reporter_id').notNull(),
    jurorId: uuid('juror_id').notNull(),
    total: numeric('total', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    /** Sub-criteria values in the order of the meeting's rules; null when scored as one total. */
    parts: jsonb('parts').$type<number[]>(),
    source: text('source', { enum: SCORE_SOURCES }).notNull(),
    enteredBy: uuid('entered_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('jury_scores_reporter_juror').on(t.reporterId, t.jurorId),
    index('jury_scores_meeting').on(t.meetingId),
  ],
);

/** A change of a submitted score: asked with a reason by one office account, confirmed by another. */
export const juryCorrections = pgTable(
  'jury_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    meetingId: uuid('meeting_id').notNull(),
    scoreId: uuid('score_id').notNull(),
    oldTotal: numeric('old_total', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    oldParts: jsonb('old_parts').$type<number[]>(),
    newTotal: numeric('new_total', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    newParts: jsonb('new_parts').$type<number[]>(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: uuid('confirmed_by'),
    confirmedByName: text('confirmed_by_name'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    index('jury_corrections_meeting').on(t.meetingId),
    // One open correction per score at a time.
    uniqueIndex('jury_corrections_open').on(t.scoreId).where(sql`confirmed_at is null`),
  ],
);

/**
 * A paper sheet's score keyed in by an office account (network down): the two entries of one
 * (reporter, juror) by two different accounts must agree before the score counts. Blind: neither
 * entry is shown to anyone; only whether they agree.
 */
export const juryPaperEntries = pgTable(
  'jury_paper_entries',
  {
    ...township(),
    meetingId: uuid('meeting_id').notNull(),
    reporterId: uuid('reporter_id').notNull(),
    jurorId: uuid('juror_id').notNull(),
    enteredBy: uuid('entered_by').notNull(),
    total: numeric('total', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    parts: jsonb('parts').$type<number[]>(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.reporterId, t.jurorId, t.enteredBy] }),
    index('jury_paper_entries_meeting').on(t.meetingId),
  ],
);
