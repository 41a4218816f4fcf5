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
import { CASE_STEPS } from '../../domain/sanctions/due-process.ts';
import type { RemovalMeasure } from '../../domain/sanctions/removal-chain.ts';

export const ADMONISHMENT_REASONS = ['failed', 'early_warning'] as const;

/**
 * 诫勉谈话 (DESIGN §2.5): one task per participant of a year graded 不合格 (or warned by the 不满意
 * share), opened when the year enters 奖惩; closed when the talk is recorded.
 */
export const admonishmentTasks = pgTable(
  'admonishment_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    personId: uuid('person_id').notNull(),
    reason: text('reason', { enum: ADMONISHMENT_REASONS }).notNull(),
    /** The reason as printed: grade, or the 不满意 share. */
    reasonText: text('reason_text').notNull(),
    dueOn: date('due_on').notNull(),
    /** 谈话人 (names), the day, what was said and the cadre's undertaking (表态). */
    talkedBy: text('talked_by'),
    talkedOn: date('talked_on'),
    content: text('content'),
    undertaking: text('undertaking'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('admonishment_tasks_participant').on(t.campaignId, t.participantId)],
);

/**
 * A removal case after two consecutive 不合格 years: one per person and pair of years, whatever
 * village they are in. Brought in the later year's campaign and village.
 */
export const removalCases = pgTable(
  'removal_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    personId: uuid('person_id').notNull(),
    firstYear: integer('first_year').notNull(),
    secondYear: integer('second_year').notNull(),
    measures: jsonb('measures').$type<RemovalMeasure[]>().notNull(),
    /** 组织法 art. 33: two consecutive 不称职 evaluations end a committee member's office. */
    officeEndsByLaw: boolean('office_ends_by_law').notNull(),
    /**
     * A committee director's recall (罢免): the proposal's signatures as the office recorded them
     * (村民联名 / 登记选民, 村民代表联名 / 村民代表), and the recall poll started from the case.
     */
    recallVoterSignatures: integer('recall_voter_signatures'),
    recallRegisteredVoters: integer('recall_registered_voters'),
    recallRepresentativeSignatures: integer('recall_representative_signatures'),
    recallRepresentatives: integer('recall_representatives'),
    recallProposedOn: date('recall_proposed_on'),
    recallPollId: uuid('recall_poll_id'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('removal_cases_person_years').on(t.personId, t.firstYear, t.secondYear),
    index('removal_cases_campaign').on(t.campaignId),
  ],
);

/** The dated steps of a case's due process: 告知, 陈述申辩, 决定, 结果; each once, in order. */
export const removalCaseSteps = pgTable(
  'removal_case_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    caseId: uuid('case_id').notNull(),
    step: text('step', { enum: CASE_STEPS }).notNull(),
    on: date('on').notNull(),
    content: text('content').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('removal_case_steps_step').on(t.caseId, t.step)],
);
