import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { MEETING_KINDS } from '../../domain/voting/meeting-kinds.ts';
import { OPTION_KINDS } from '../../domain/voting/option-kinds.ts';
import { POLL_PURPOSES } from '../../domain/voting/purposes.ts';
import type { PollResults } from '../../domain/voting/results.ts';

export { POLL_PURPOSES };

/** One generated sheet of codes: its size and, when voided, how many unused codes were voided. */
export type CodeBatch = { size: number; voided: number | null };
export const POLL_STATUSES = ['draft', 'open', 'closed', 'certified'] as const;
export const TALLY_SLOTS = ['counter', 'scrutineer'] as const;

/** A recorded meeting (DESIGN §2.3): 应到 from the village's numbers, 实到 entered by the clerk. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id'),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    /** The host's name, as printed on the record. */
    host: text('host').notNull(),
    /** The host's account: the one who certifies the meeting's votes as host; null until recorded. */
    hostUserId: uuid('host_user_id'),
    chair: text('chair'),
    /** 计票人 and 监票人 (names). */
    counters: jsonb('counters').$type<string[]>().notNull(),
    scrutineers: jsonb('scrutineers').$type<string[]>().notNull(),
    /** 应到: adults or members, from the village's numbers when the meeting was created. */
    eligible: integer('eligible').notNull(),
    /** The village's households when created (村民会议's household rule). */
    households: integer('households').notNull(),
    /** 实到 adults / members; null until recorded. */
    attendance: integer('attendance'),
    householdsRepresented: integer('households_represented'),
    minutes: text('minutes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_village').on(t.villageId), index('meetings_campaign').on(t.campaignId)],
);

/** A poll at a meeting. Draft → open → closed → certified; certified rows never change. */
export const polls = pgTable(
  'polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    title: text('title').notNull(),
    purpose: text('purpose', { enum: POLL_PURPOSES }).notNull(),
    status: text('status', { enum: POLL_STATUSES }).notNull().default('draft'),
    /** Rules in force when created (from the campaign config, or the defaults). */
    denominator: text('denominator', { enum: ['valid', 'cast', 'attendees'] }).notNull(),
    quorumPreset: text('quorum_preset', { enum: ['law2018', 'law2025'] }).notNull(),
    /**
     * Paper ballots are handed out at this poll: then it cannot be certified before both blind paper
     * entries are in and agree (an absent entry is not "no paper votes").
     */
    paperBallots: boolean('paper_ballots').notNull().default(false),
    /** Codes generated so far: kept as a number so no query counts the codes of an open poll. */
    codesIssued: integer('codes_issued').notNull().default(0),
    /**
     * Each generated sheet of codes, in order (its number is its place + 1): how many it had and,
     * once voided (a lost sheet), how many unused codes it lost. Voided codes leave `codesIssued`.
     */
    codeBatches: jsonb('code_batches').$type<CodeBatch[]>().notNull().default([]),
    /** Codes voided with their lost sheets (作废), never usable again. */
    codesVoided: integer('codes_voided').notNull().default(0),
    /** 应到 / 实到 / households represented, frozen when the poll closes. */
    frozenEligible: integer('frozen_eligible'),
    frozenAttendance: integer('frozen_attendance'),
    frozenHouseholds: integer('frozen_households_represented'),
    correctsPollId: uuid('corrects_poll_id'),
    correctionReason: text('correction_reason'),
    clerkCertifiedBy: uuid('clerk_certified_by'),
    clerkCertifiedName: text('clerk_certified_name'),
    hostCertifiedBy: uuid('host_certified_by'),
    hostCertifiedName: text('host_certified_name'),
    certifiedAt: timestamp('certified_at', { withTimezone: true }),
    /**
     * The result as certified, with everything it was decided on (option scores, denominator, quorum
     * preset, 应到, 实到, the purpose's rule): every read of a certified poll's numbers reads this.
     */
    result: jsonb('result').$type<PollResults>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('polls_meeting').on(t.meetingId)],
);

export const pollQuestions = pgTable(
  'poll_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    pollId: uuid('poll_id').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    subjectType: text('subject_type', { enum: ['pledge', 'participant'] }),
    subjectId: uuid('subject_id'),
  },
  (t) => [unique('poll_questions_position').on(t.pollId, t.position)],
);

export const pollOptions = pgTable(
  'poll_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    pollId: uuid('poll_id').notNull(),
    questionId: uuid('question_id').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    /** What the option means to the decision rule (label text never does). */
    kind: text('kind', { enum: OPTION_KINDS }).notNull(),
    /** Score of a valid vote for this option (democratic evaluation); null otherwise. */
    score: doublePrecision('score'),
  },
  (t) => [
    unique('poll_options_position').on(t.questionId, t.position),
    index('poll_options_poll').on(t.pollId),
  ],
);

/**
 * One-time ballot codes: only the HMAC-SHA256 of the code under a key kept outside the database,
 * and whether it was used. No id, no time, nothing that could be matched with a ballot.
 */
export const ballotCodes = pgTable(
  'ballot_codes',
  {
    codeHmac: text('code_hmac').primaryKey(),
    countyId: uuid('county_id').notNull(),
    pollId: uuid('poll_id').notNull(),
    /** The sheet the code was printed on (polls.codeBatches), so a lost sheet can be voided. */
    batch: integer('batch').notNull().default(1),
    used: boolean('used').notNull().default(false),
    /**
     * True while the poll is open (set by open, cleared by close, in the same transaction as the
     * status). A cast consumes a code only if live and unused, so the check and the consumption are
     * one row update: a cast racing the close is either committed before it or refused.
     */
    live: boolean('live').notNull().default(false),
  },
  // No index on poll_id: a cast then updates one index less. The per-poll updates (open, close)
  // scan the table once per poll, which is cheap next to a write on every cast.
);

/**
 * A cast electronic ballot: a random id, the poll, the voter's receipt (tracker) and the choices.
 * Deliberately no code, person, address or time column (DESIGN §3).
 */
export const ballots = pgTable(
  'ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    pollId: uuid('poll_id').notNull(),
    tracker: text('tracker').notNull(),
    /** questionId → optionId. */
    choices: jsonb('choices').$type<Record<string, string>>().notNull(),
  },
  (t) => [unique('ballots_poll_tracker').on(t.pollId, t.tracker)],
);

/** The current paper tally of each slot (计票人 / 监票人), entered blind to the other. */
export const paperTallies = pgTable(
  'paper_tallies',
  {
    pollId: uuid('poll_id').notNull(),
    slot: text('slot', { enum: TALLY_SLOTS }).notNull(),
    countyId: uuid('county_id').notNull(),
    issued: integer('issued').notNull(),
    returned: integer('returned').notNull(),
    invalid: integer('invalid').notNull(),
    counts: jsonb('counts').$type<Record<string, Record<string, number>>>().notNull(),
    /** questionId → ballots that left the question blank. */
    blanks: jsonb('blanks').$type<Record<string, number>>().notNull().default({}),
    enteredBy: uuid('entered_by').notNull(),
    enteredByName: text('entered_by_name').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.slot] })],
);

/** Every replaced paper tally, with who had entered it and who replaced it. */
export const paperTallyHistory = pgTable(
  'paper_tally_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    pollId: uuid('poll_id').notNull(),
    slot: text('slot', { enum: TALLY_SLOTS }).notNull(),
    issued: integer('issued').notNull(),
    returned: integer('returned').notNull(),
    invalid: integer('invalid').notNull(),
    counts: jsonb('counts').$type<Record<string, Record<string, number>>>().notNull(),
    blanks: jsonb('blanks').$type<Record<string, number>>().notNull().default({}),
    enteredBy: uuid('entered_by').notNull(),
    enteredByName: text('entered_by_name').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    replacedBy: uuid('replaced_by').notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('paper_tally_history_poll').on(t.pollId, t.slot)],
);
