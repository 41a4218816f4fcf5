import { boolean, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * 村"两委"换届选举 (DESIGN §2.5, work plan 五(四)): at the next election, candidates give a 竞聘演讲 with
 * public pledges (公开承诺), recorded by the township office and published on the village board. Filed
 * under the 考评年度 whose township runs it (campaign), once per village and year.
 */
export const elections = pgTable(
  'elections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    electionDate: date('election_date').notNull(),
    /** The posts elected: 村党组织书记 and/or 村委会主任 (server/domain/elections.ts). */
    posts: text('posts').array().notNull(),
    createdBy: text('created_by').notNull(),
    /** When the office recorded who was elected (null until then). */
    resultsRecordedAt: timestamp('results_recorded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('elections_campaign_village').on(t.campaignId, t.villageId),
    index('elections_township').on(t.townshipId),
  ],
);

/** A candidate for one post: a person (an existing cadre keeps their identity), the 竞聘演讲, elected or not. */
export const electionCandidates = pgTable(
  'election_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    electionId: uuid('election_id').notNull(),
    personId: uuid('person_id').notNull(),
    post: text('post', { enum: ['party_secretary', 'committee_director'] }).notNull(),
    speech: text('speech').notNull(),
    speechDate: date('speech_date').notNull(),
    /** Null until the office records the outcome. */
    elected: boolean('elected'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('election_candidates_person_post').on(t.electionId, t.personId, t.post),
    index('election_candidates_election').on(t.electionId),
  ],
);

/** A candidate's public pledge (公开承诺), with the pledge module's fields and rules. */
export const candidatePledges = pgTable(
  'candidate_pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    position: integer('position').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    completionStandard: text('completion_standard').notNull(),
    dueDate: date('due_date').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('candidate_pledges_candidate').on(t.candidateId, t.position)],
);
