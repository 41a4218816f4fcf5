import { date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { PLEDGE_STATUSES, SET_STATUSES } from '../../domain/pledging/workflow.ts';

const tenant = () => ({
  countyId: uuid('county_id').notNull(),
  townshipId: uuid('township_id').notNull(),
  villageId: uuid('village_id').notNull(),
});

/** One participant's pledge set in a campaign (DESIGN §2.2): its place in the workflow. */
export const pledgeSets = pgTable(
  'pledge_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    campaignId: uuid('campaign_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    status: text('status', { enum: SET_STATUSES }).notNull().default('draft'),
    /** Votes held so far (表决轮次). */
    round: integer('round').notNull().default(0),
    /** The poll of the current or last vote. */
    pollId: uuid('poll_id'),
    /** Office override of the minimum number of items, with its reason. */
    minimumOverrideReason: text('minimum_override_reason'),
    /** The township's last comment (return or approval). */
    townshipComment: text('township_comment'),
    solicitingSince: timestamp('soliciting_since', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: text('approved_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('pledge_sets_participant').on(t.participantId),
    index('pledge_sets_campaign_village').on(t.campaignId, t.villageId),
  ],
);

/** 承诺事项. `version` grows with every change of its text, so overrides and votes name what they saw. */
export const pledges = pgTable(
  'pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    campaignId: uuid('campaign_id').notNull(),
    setId: uuid('set_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    position: integer('position').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    completionStandard: text('completion_standard').notNull(),
    dueDate: date('due_date').notNull(),
    status: text('status', { enum: PLEDGE_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pledges_set').on(t.setId), index('pledges_campaign_village').on(t.campaignId, t.villageId)],
);

/** Each earlier version of a pledge's text, kept when it changes (revision after a rejection, etc.). */
export const pledgeRevisions = pgTable(
  'pledge_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    pledgeId: uuid('pledge_id').notNull(),
    version: integer('version').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    completionStandard: text('completion_standard').notNull(),
    dueDate: date('due_date').notNull(),
    /** Why it was changed (e.g. the rejection it answers). */
    reason: text('reason'),
    replacedBy: text('replaced_by').notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('pledge_revisions_version').on(t.pledgeId, t.version)],
);

/** Every vote on a pledge, one row per round: the certified counts and the outcome applied. */
export const pledgeVoteRounds = pgTable(
  'pledge_vote_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    pledgeId: uuid('pledge_id').notNull(),
    setId: uuid('set_id').notNull(),
    round: integer('round').notNull(),
    pollId: uuid('poll_id').notNull(),
    questionId: uuid('question_id').notNull(),
    pledgeVersion: integer('pledge_version').notNull(),
    rejectVotes: integer('reject_votes').notNull(),
    denominator: text('denominator', { enum: ['valid', 'cast', 'attendees'] }).notNull(),
    denominatorValue: integer('denominator_value').notNull(),
    outcome: text('outcome', { enum: ['confirmed', 'rejected'] }).notNull(),
    rule: text('rule').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('pledge_vote_rounds_round').on(t.pledgeId, t.round),
    index('pledge_vote_rounds_set').on(t.setId),
  ],
);

/** What happened to a set, in order: solicitation, two-committee decisions, votes, township decisions. */
export const pledgeSetEvents = pgTable(
  'pledge_set_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    setId: uuid('set_id').notNull(),
    kind: text('kind', {
      enum: [
        'soliciting',
        'committee_passed',
        'committee_not_passed',
        'vote_started',
        'vote_cancelled',
        'vote_applied',
        'approved',
        'returned',
        'resubmitted',
        'minimum_override',
      ],
    }).notNull(),
    round: integer('round').notNull(),
    meetingId: uuid('meeting_id'),
    pollId: uuid('poll_id'),
    note: text('note'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pledge_set_events_set').on(t.setId)],
);

/** 征求意见: opinions from the public page or entered from paper by the clerk, and how each was handled. */
export const pledgeOpinions = pgTable(
  'pledge_opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    setId: uuid('set_id').notNull(),
    pledgeId: uuid('pledge_id'),
    source: text('source', { enum: ['public', 'paper'] }).notNull(),
    /** Name is optional: villagers may write anonymously. */
    authorName: text('author_name'),
    content: text('content').notNull(),
    handling: text('handling', { enum: ['adopted', 'explained'] }),
    handlingNote: text('handling_note'),
    handledBy: text('handled_by'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pledge_opinions_set').on(t.setId)],
);

/** The office's decision that a flagged pair is no overlap, valid for the versions it saw. */
export const pledgeOverlapOverrides = pgTable(
  'pledge_overlap_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...tenant(),
    campaignId: uuid('campaign_id').notNull(),
    aPledgeId: uuid('a_pledge_id').notNull(),
    bPledgeId: uuid('b_pledge_id').notNull(),
    aVersion: integer('a_version').notNull(),
    bVersion: integer('b_version').notNull(),
    reason: text('reason').notNull(),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pledge_overlap_overrides_village').on(t.campaignId, t.villageId)],
);
