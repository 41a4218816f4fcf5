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
import { ASSESSMENTS, SESSION_KINDS } from '../../domain/supervision/kinds.ts';

/**
 * Supervision of fulfilment (DESIGN §2.6, work plan 五(三)): villager supervisors elected at a
 * village meeting and their reports per pledge, the supervision group's checks with their
 * rectification demands, contact leaders' visits, and training and publicity sessions.
 * Every date is the township's local date.
 */
const village = () => ({
  countyId: uuid('county_id').notNull(),
  townshipId: uuid('township_id').notNull(),
  villageId: uuid('village_id').notNull(),
});

/** 村民监督员的选举: held at a 村民会议 or 村民代表会议 of the village, for a term. */
export const supervisorElections = pgTable(
  'supervisor_elections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...village(),
    campaignId: uuid('campaign_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    termStart: date('term_start').notNull(),
    termEnd: date('term_end').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervisor_elections_campaign').on(t.campaignId, t.villageId)],
);

/** One person elected, with the votes they got, and their account once opened. */
export const supervisors = pgTable(
  'supervisors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...village(),
    electionId: uuid('election_id').notNull(),
    personId: uuid('person_id').notNull(),
    votes: integer('votes').notNull(),
    userId: uuid('user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('supervisors_election_person').on(t.electionId, t.personId),
    index('supervisors_user').on(t.userId),
  ],
);

/** 监督报告: what a supervisor saw of one approved pledge on a day. */
export const supervisionReports = pgTable(
  'supervision_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...village(),
    campaignId: uuid('campaign_id').notNull(),
    pledgeId: uuid('pledge_id').notNull(),
    supervisorId: uuid('supervisor_id').notNull(),
    authorName: text('author_name').notNull(),
    observedOn: date('observed_on').notNull(),
    observation: text('observation').notNull(),
    assessment: text('assessment', { enum: ASSESSMENTS }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_reports_campaign').on(t.campaignId, t.villageId),
    index('supervision_reports_pledge').on(t.pledgeId),
  ],
);

export type CheckMember = { name: string; userId: string | null };

/** 督察组的一次督促检查: when, by whom, which villages (findings per village in the next table). */
export const supervisionChecks = pgTable(
  'supervision_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    checkedOn: date('checked_on').notNull(),
    members: jsonb('members').$type<CheckMember[]>().notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_checks_campaign').on(t.campaignId)],
);

/** One village checked, and what was found there. */
export const checkFindings = pgTable(
  'check_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...village(),
    checkId: uuid('check_id').notNull(),
    findings: text('findings').notNull(),
  },
  (t) => [unique('check_findings_check_village').on(t.checkId, t.villageId)],
);

/** 整改要求: made at a check, due by a date, followed up until closed (整改完成). */
export const rectifications = pgTable(
  'rectifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...village(),
    campaignId: uuid('campaign_id').notNull(),
    checkId: uuid('check_id').notNull(),
    demand: text('demand').notNull(),
    dueDate: date('due_date').notNull(),
    responsible: text('responsible').notNull(),
    closedOn: date('closed_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('rectifications_check').on(t.checkId),
    index('rectifications_campaign').on(t.campaignId, t.villageId),
  ],
);

export const rectificationFollowUps = pgTable(
  'rectification_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...village(),
    rectificationId: uuid('rectification_id').notNull(),
    followedOn: date('followed_on').notNull(),
    note: text('note').notNull(),
    /** This entry records the rectification as done (整改完成). */
    closes: boolean('closes').notNull().default(false),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rectification_follow_ups_rectification').on(t.rectificationId)],
);

/** 联系村领导的走访和指导. */
export const leaderVisits = pgTable(
  'leader_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...village(),
    campaignId: uuid('campaign_id').notNull(),
    leaderUserId: uuid('leader_user_id').notNull(),
    leaderName: text('leader_name').notNull(),
    visitedOn: date('visited_on').notNull(),
    discussed: text('discussed').notNull(),
    followUps: text('follow_ups'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('leader_visits_campaign').on(t.campaignId, t.villageId)],
);

/** 宣传培训: held by the township (no village) or in one village; attendance from the roster plus others. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id'),
    campaignId: uuid('campaign_id').notNull(),
    heldOn: date('held_on').notNull(),
    kind: text('kind', { enum: SESSION_KINDS }).notNull(),
    topic: text('topic').notNull(),
    place: text('place').notNull(),
    attendeePersonIds: jsonb('attendee_person_ids').$type<string[]>().notNull(),
    othersCount: integer('others_count').notNull().default(0),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_sessions_campaign').on(t.campaignId)],
);
