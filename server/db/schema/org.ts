import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Every table carries county_id so the schema can be distributed by county (Citus). */
export const counties = pgTable('counties', {
  id: uuid('id').primaryKey().defaultRandom(),
  countyId: uuid('county_id').notNull(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const townships = pgTable(
  'townships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    name: text('name').notNull(),
    /** IANA zone of "today" in the township's rules and of times shown to its people. */
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('townships_county_name').on(t.countyId, t.name)],
);

export const villages = pgTable(
  'villages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    name: text('name').notNull(),
    /**
     * 统计用区划代码 (12 digits, e.g. 410881103201): the order villages are listed in everywhere.
     * Null for villages entered without one (every village of an older database); those follow, by name.
     */
    code: text('code'),
    /** Adults aged 18+: a 村民会议 needs more than half of them. */
    adultPopulation: integer('adult_population').notNull(),
    households: integer('households').notNull(),
    /** 村民代表 count: a 村民代表会议 needs two thirds of them. */
    representatives: integer('representatives').notNull(),
    partyMembers: integer('party_members').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('villages_township_name').on(t.townshipId, t.name),
    index('villages_county').on(t.countyId),
    uniqueIndex('villages_county_code').on(t.countyId, t.code).where(sql`code is not null`),
  ],
);

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    name: text('name').notNull(),
    gender: text('gender'),
    birthYear: integer('birth_year'),
    phone: text('phone'),
    partyMember: boolean('party_member').notNull().default(false),
    /**
     * The 居民身份证号码 that makes a person one identity across villages, posts and years, never
     * stored in clear: an HMAC under the server's id-card key (for matching) and a masked copy (for
     * showing). Null for persons registered without one (every person of a 0000-schema database).
     */
    idCardHash: text('id_card_hash'),
    idCardMasked: text('id_card_masked'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_village').on(t.villageId, t.name),
    // A person appears once per county; namesakes in one village are told apart by their numbers.
    uniqueIndex('persons_county_id_card').on(t.countyId, t.idCardHash).where(sql`id_card_hash is not null`),
  ],
);

/** Dated post records: one person may hold both posts (一肩挑); mid-year changes keep history. */
export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id').notNull(),
    personId: uuid('person_id').notNull(),
    post: text('post', { enum: ['party_secretary', 'committee_director'] }).notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('positions_village').on(t.villageId),
    index('positions_person').on(t.personId),
    index('positions_open').on(t.villageId, t.post).where(sql`end_date is null`),
  ],
);
