import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { INSPECTION_STATUSES, RECOGNITION_LEVELS } from '../../domain/evaluation/inspection-score.ts';

/**
 * 实地考核 (DESIGN §2.4 item 4): the campaign's inspection teams (考察组) and their members, which
 * team inspects which village, and one record per pledge of what the team found on site.
 */
const township = () => ({
  countyId: uuid('county_id').notNull(),
  townshipId: uuid('township_id').notNull(),
});

export const INSPECTION_MEMBER_KINDS = [
  'township_cadre',
  'party_representative',
  'villager_representative',
] as const;

/** 考察组: a team the office formed for one campaign. */
export const inspectionTeams = pgTable(
  'inspection_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    campaignId: uuid('campaign_id').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('inspection_teams_campaign_name').on(t.campaignId, t.name)],
);

/** A roster person on a team, as 乡干部 / 党员代表 / 村民代表; one of them leads it (组长). */
export const inspectionTeamMembers = pgTable(
  'inspection_team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    campaignId: uuid('campaign_id').notNull(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => inspectionTeams.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    kind: text('kind', { enum: INSPECTION_MEMBER_KINDS }).notNull(),
    leader: boolean('leader').notNull().default(false),
    position: integer('position').notNull(),
  },
  (t) => [
    // A person sits on at most one team of a campaign.
    unique('inspection_team_members_campaign_person').on(t.campaignId, t.personId),
    index('inspection_team_members_team').on(t.teamId),
  ],
);

/** A village assigned to a team, with the team's submission and the office's lock. */
export const inspectionVillages = pgTable(
  'inspection_villages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => inspectionTeams.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedByName: text('submitted_by_name'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedByName: text('locked_by_name'),
  },
  (t) => [
    unique('inspection_villages_campaign_village').on(t.campaignId, t.villageId),
    index('inspection_villages_team').on(t.teamId),
  ],
);

/** What the team found for one pledge: one record per pledge, edited until the village is locked. */
export const INSPECTION_ITEM_SOURCES = ['phone', 'paper'] as const;

export const inspectionItems = pgTable(
  'inspection_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...township(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    pledgeId: uuid('pledge_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    status: text('status', { enum: INSPECTION_STATUSES }).notNull(),
    progressPercent: integer('progress_percent').notNull(),
    recognition: text('recognition', { enum: RECOGNITION_LEVELS }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    /** 'phone': a team member on site; 'paper': the office keyed the team's paper form (recordedBy is the office user). */
    source: text('source', { enum: INSPECTION_ITEM_SOURCES }).notNull().default('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('inspection_items_campaign_pledge').on(t.campaignId, t.pledgeId),
    index('inspection_items_campaign_village').on(t.campaignId, t.villageId),
  ],
);
