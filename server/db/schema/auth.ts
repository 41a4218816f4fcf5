import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../domain/roles.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id'),
    villageId: uuid('village_id'),
    personId: uuid('person_id'),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    /** Set on a first password (a new account, a reset): every route but the password change refuses. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('users_county').on(t.countyId)],
);

/** A township leader's contact villages (联系村). */
export const userVillages = pgTable(
  'user_villages',
  {
    countyId: uuid('county_id').notNull(),
    userId: uuid('user_id').notNull(),
    villageId: uuid('village_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.villageId] })],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    countyId: uuid('county_id').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * Failed logins per account and source address, for throttling with backoff that spans processes
 * (modules/auth/login-throttle.ts): a source that guesses is slowed, the owner elsewhere is not.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    username: text('username').notNull(),
    source: text('source').notNull(),
    failures: integer('failures').notNull().default(0),
    /** No attempt from this source at this account is checked before then. */
    retryAfter: timestamp('retry_after', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.username, t.source] }), index('login_throttle_updated').on(t.updatedAt)],
);

/**
 * Requests per client key and fixed time window, shared by every server process on one PostgreSQL
 * (http/rate-limit-store.ts). Windows are epoch milliseconds; ended windows are deleted. Not county
 * data (a key is an address and a route), so no county id.
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').notNull(),
    windowStart: bigint('window_start', { mode: 'number' }).notNull(),
    windowEnd: bigint('window_end', { mode: 'number' }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index('rate_limit_hits_end').on(t.windowEnd)],
);
