import { pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * The village's 村务监督委员会主任 for a campaign's 民主测评 (DESIGN §2.3: the democratic evaluation is
 * chaired by the 村务监督委员会): a roster person and their supervisor account, which certifies the
 * evaluation's poll as host. One per village and campaign; recording another replaces it.
 */
export const evaluationChairs = pgTable(
  'evaluation_chairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    personId: uuid('person_id').notNull(),
    userId: uuid('user_id').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('evaluation_chairs_campaign_village').on(t.campaignId, t.villageId)],
);
