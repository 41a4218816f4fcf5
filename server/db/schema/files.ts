import { customType, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** bytea as a Buffer on both drivers (PGlite answers a Uint8Array, node-postgres a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value),
});

/**
 * 文件库: one uploaded photo or document (DESIGN §2.6). The bytes live in the database (file_blobs),
 * not on disk: they are the product's data, so the one backup/restore of the database (PGlite's data
 * directory or PostgreSQL's own dumps and replicas) carries them, tenant-scoped like every other row,
 * with nothing else to copy, lock or keep in step.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id'),
    kind: text('kind', { enum: ['photo', 'document'] }).notNull(),
    /** What the upload was for (e.g. 'progress'): names the attaching module's use. */
    purpose: text('purpose').notNull(),
    /** The media type sniffed from the content (never from the name): of the stored bytes. */
    mediaType: text('media_type').notNull(),
    /** SHA-256 (hex) of the stored main copy. */
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** SHA-256 of the bytes as uploaded (before a photo is re-encoded): the same file sent twice. */
    sourceSha256: text('source_sha256').notNull(),
    /** The uploader's file name, sanitized; shown only, never a storage path. */
    originalName: text('original_name').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** 64-bit difference hash (hex) of a photo: the same picture re-saved or resized stays close. */
    perceptualHash: text('perceptual_hash'),
    storedBy: uuid('stored_by'),
    storedByName: text('stored_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_county').on(t.countyId), index('files_source_sha').on(t.countyId, t.sourceSha256)],
);

/** The stored copies of a file: a photo's 'display' (long side ≤ 1600 px) and 'thumb'; a document's 'original'. */
export const fileBlobs = pgTable(
  'file_blobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    fileId: uuid('file_id').notNull(),
    variant: text('variant', { enum: ['display', 'thumb', 'original'] }).notNull(),
    mediaType: text('media_type').notNull(),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [unique('file_blobs_variant').on(t.fileId, t.variant), index('file_blobs_sha').on(t.sha256)],
);

/**
 * A file attached to a record of another module (e.g. a progress report). The context columns say
 * whose pledge, village and year it is evidence for, so a photo reused elsewhere is found.
 */
export const fileAttachments = pgTable(
  'file_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id'),
    fileId: uuid('file_id').notNull(),
    /** What it is attached to, e.g. 'progress_report'; the module declaring it says whether it is public. */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    campaignId: uuid('campaign_id'),
    pledgeId: uuid('pledge_id'),
    year: integer('year'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('file_attachments_subject').on(t.subjectType, t.subjectId),
    index('file_attachments_file').on(t.fileId),
    index('file_attachments_campaign').on(t.campaignId),
  ],
);

/** 疑似重复使用的照片: an attached photo identical or close to one attached to another pledge, village or year. */
export const fileReuseFlags = pgTable(
  'file_reuse_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id').notNull(),
    townshipId: uuid('township_id').notNull(),
    villageId: uuid('village_id'),
    attachmentId: uuid('attachment_id').notNull(),
    fileId: uuid('file_id').notNull(),
    earlierAttachmentId: uuid('earlier_attachment_id').notNull(),
    earlierFileId: uuid('earlier_file_id').notNull(),
    /** identical: the same bytes; similar: perceptual hashes within the threshold. */
    match: text('match', { enum: ['identical', 'similar'] }).notNull(),
    distance: integer('distance').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('file_reuse_flags_township').on(t.townshipId),
    unique('file_reuse_flags_pair').on(t.attachmentId, t.earlierAttachmentId),
  ],
);
