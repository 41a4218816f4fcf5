import { date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * 软弱涣散村级组织 (DESIGN §2.5): a village listed for rectification after a year's results, with the
 * measures, the responsible township leader and follow-up entries until the office closes it. Listed at
 * most once per year; rectification runs into the next year, so it is not part of the year's seal and
 * stays open after the year is archived.
 */
export const weakOrganizations = pgTable(
  'weak_organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    /** The year whose results listed it. */
    campaignId: uuid('campaign_id').notNull(),
    year: integer('year').notNull(),
    /** 列入原因 as printed (e.g. 有村干部年度考评不合格). */
    reason: text('reason').notNull(),
    /** 整改措施. */
    measures: text('measures').notNull(),
    /** 责任领导: a township staff account (when chosen) and the name as printed. */
    leaderUserId: uuid('leader_user_id'),
    leaderName: text('leader_name').notNull(),
    listedOn: date('listed_on').notNull(),
    listedBy: text('listed_by').notNull(),
    /** 整改销号: the day, what was achieved, who closed it. */
    closedOn: date('closed_on'),
    closingSummary: text('closing_summary'),
    closedBy: text('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('weak_organizations_year_village').on(t.campaignId, t.villageId),
    index('weak_organizations_township').on(t.townshipId, t.year),
  ],
);

/** One dated follow-up (整改跟踪) of a listed village: what was done, by whom recorded. */
export const weakOrganizationFollowUps = pgTable(
  'weak_organization_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    on: date('on').notNull(),
    content: text('content').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('weak_organization_follow_ups_organization').on(t.organizationId)],
);
