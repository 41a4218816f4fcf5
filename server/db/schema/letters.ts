import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LETTER_BOXES, LETTER_CHANNELS, LETTER_STATUSES, LETTER_SUBJECTS } from '../../domain/letters.ts';
import { publications } from './publicity.ts';

/**
 * 监督信箱 letters (DESIGN §2.6). The tracking code is kept only as an HMAC (like ballot codes). Of
 * the writer, only what a signed letter gives (name, phone); no IP and no browser detail is stored.
 */
export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    /** The village written about; null for a township-wide publication's objection. */
    villageId: uuid('village_id'),
    /** The township's campaign of the year it arrived (its archive seal holds it); null if none. */
    campaignId: uuid('campaign_id'),
    box: text('box', { enum: LETTER_BOXES }).notNull(),
    subject: text('subject', { enum: LETTER_SUBJECTS }).notNull(),
    /** The cadre written about (a person of the village). */
    personId: uuid('person_id'),
    /** The publication objected to (异议). */
    publicationId: uuid('publication_id').references(() => publications.id),
    anonymous: boolean('anonymous').notNull(),
    writerName: text('writer_name'),
    writerPhone: text('writer_phone'),
    content: text('content').notNull(),
    /** SHA-256 of the content without spacing and punctuation: the same letter twice is refused. */
    contentHash: text('content_hash').notNull(),
    channel: text('channel', { enum: LETTER_CHANNELS }).notNull(),
    /** The day it was received (paper: the day the box was opened), township's local date. */
    receivedOn: date('received_on').notNull(),
    codeHash: text('code_hash').notNull(),
    status: text('status', { enum: LETTER_STATUSES }).notNull().default('received'),
    replied: boolean('replied').notNull().default(false),
    handlerUserId: uuid('handler_user_id'),
    handlerUnit: text('handler_unit'),
    dueOn: date('due_on'),
    answer: text('answer'),
    answeredOn: date('answered_on'),
    /** The writer's one 不满意 reply. */
    replyText: text('reply_text'),
    repliedOn: date('replied_on'),
    closedOn: date('closed_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('letters_code_hash').on(t.codeHash),
    index('letters_township_status').on(t.townshipId, t.status),
    index('letters_content_hash').on(t.townshipId, t.contentHash),
    index('letters_campaign').on(t.campaignId),
  ],
);

/** Every status change of a letter, dated: what the writer follows with the code. */
export const letterEvents = pgTable(
  'letter_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id),
    kind: text('kind', { enum: ['received', 'assigned', 'answered', 'replied', 'closed'] }).notNull(),
    /** The township's local date of the step. */
    on: date('on').notNull(),
    dueOn: date('due_on'),
    handlerUnit: text('handler_unit'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('letter_events_letter').on(t.letterId)],
);
