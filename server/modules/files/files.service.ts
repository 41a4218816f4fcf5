import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { forbidden } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { fileAttachments, fileBlobs, fileReuseFlags, files, villages } from '../../db/schema/index.ts';
import { isInScope } from '../../db/scope.ts';
import { SIMILAR_PHOTO_DISTANCE } from '../../domain/files/perceptual-hash.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { PreparedFile } from './uploads.ts';

export type FileRow = typeof files.$inferSelect;
export type AttachmentRow = typeof fileAttachments.$inferSelect;

/** Where stored uploads belong: their use, and their village (null: the township's own). */
export type StoreOptions = { purpose: string; villageId: string | null };

/** Stores prepared uploads (readUploads) in the caller's transaction, in its scope; audited. */
export async function storeUploads(
  tx: Tx,
  actor: Actor,
  prepared: PreparedFile[],
  options: StoreOptions,
): Promise<FileRow[]> {
  const owner = await ownerOf(tx, actor, options.villageId);
  const stored: FileRow[] = [];
  for (const file of prepared) {
    const main = file.blobs[0]!;
    const [row] = await tx
      .insert(files)
      .values({
        ...owner,
        kind: file.kind,
        purpose: options.purpose,
        mediaType: file.mediaType,
        sha256: main.sha256,
        byteSize: main.bytes.length,
        sourceSha256: file.sourceSha256,
        originalName: file.originalName,
        width: file.width,
        height: file.height,
        perceptualHash: file.perceptualHash,
        storedBy: actor.userId,
        storedByName: actor.displayName,
      })
      .returning();
    await tx.insert(fileBlobs).values(
      file.blobs.map((b) => ({
        countyId: owner.countyId,
        fileId: row!.id,
        variant: b.variant,
        mediaType: b.mediaType,
        sha256: b.sha256,
        byteSize: b.bytes.length,
        bytes: b.bytes,
      })),
    );
    await appendAudit(tx, asAuditActor(actor), {
      action: 'file.store',
      entity: 'file',
      entityId: row!.id,
      countyId: owner.countyId,
      townshipId: owner.townshipId,
      after: { kind: row!.kind, name: row!.originalName, sha256: row!.sha256, byteSize: row!.byteSize },
    });
    stored.push(row!);
  }
  return stored;
}

async function ownerOf(tx: Tx, actor: Actor, villageId: string | null) {
  const { scope } = actor;
  if (villageId) {
    const village = await findInScope(tx, villages, scope, villageId, '村', {
      columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
    });
    return { countyId: village.countyId, townshipId: village.townshipId, villageId: village.id };
  }
  if (!scope.townshipId || !isInScope(scope, { countyId: scope.countyId, townshipId: scope.townshipId })) {
    throw forbidden('只有乡镇及村的账号可以上传文件');
  }
  return { countyId: scope.countyId, townshipId: scope.townshipId, villageId: scope.villageId };
}

/** What a file is evidence for: the record it hangs on, and whose pledge, village and year. */
export type AttachSubject = {
  subjectType: string;
  subjectId: string;
  countyId: string;
  townshipId: string;
  villageId: string | null;
  campaignId: string | null;
  pledgeId: string | null;
  year: number | null;
};

/**
 * Attaches stored files to a record, and flags each photo that matches (the same bytes, or a
 * perceptual hash within SIMILAR_PHOTO_DISTANCE bits) a photo attached to another pledge, village
 * or year of the county, for the office to look at.
 */
export async function attachFiles(
  tx: Tx,
  fileRows: FileRow[],
  subject: AttachSubject,
): Promise<AttachmentRow[]> {
  const attached: AttachmentRow[] = [];
  for (const file of fileRows) {
    const [attachment] = await tx
      .insert(fileAttachments)
      .values({ ...subject, fileId: file.id })
      .returning();
    attached.push(attachment!);
    if (file.kind === 'photo') await flagReuse(tx, file, attachment!);
  }
  return attached;
}

async function flagReuse(tx: Tx, file: FileRow, attachment: AttachmentRow) {
  const hash = file.perceptualHash;
  const distance = hash
    ? sql<number>`bit_count(('x' || ${files.perceptualHash})::bit(64) # ${`x${hash}`}::bit(64))::int`
    : sql<number>`64`;
  const identical = or(eq(files.sourceSha256, file.sourceSha256), eq(files.sha256, file.sha256))!;
  const matches = await tx
    .select({ attachment: fileAttachments, distance, identical: sql<boolean>`${identical}` })
    .from(fileAttachments)
    .innerJoin(files, eq(files.id, fileAttachments.fileId))
    .where(
      and(
        eq(fileAttachments.countyId, attachment.countyId),
        eq(files.kind, 'photo'),
        ne(fileAttachments.id, attachment.id),
        or(
          sql`${fileAttachments.pledgeId} is distinct from ${attachment.pledgeId}`,
          sql`${fileAttachments.villageId} is distinct from ${attachment.villageId}`,
          sql`${fileAttachments.year} is distinct from ${attachment.year}`,
        ),
        hash ? or(identical, sql`${distance} <= ${SIMILAR_PHOTO_DISTANCE}`) : identical,
      ),
    )
    .orderBy(asc(fileAttachments.createdAt))
    .limit(5);
  for (const m of matches) {
    await tx
      .insert(fileReuseFlags)
      .values({
        countyId: attachment.countyId,
        townshipId: attachment.townshipId,
        villageId: attachment.villageId,
        attachmentId: attachment.id,
        fileId: file.id,
        earlierAttachmentId: m.attachment.id,
        earlierFileId: m.attachment.fileId,
        match: m.identical ? 'identical' : 'similar',
        distance: m.identical ? 0 : m.distance,
      })
      .onConflictDoNothing();
  }
}

export type AttachedFile = FileRow & {
  subjectId: string;
  attachmentId: string;
  thumbSha256: string | null;
  reuseFlags: number;
};

/** The files attached to records of one type, by record id, in upload order. */
export async function filesOf(
  db: Queryable,
  subjectType: string,
  subjectIds: string[],
): Promise<Map<string, AttachedFile[]>> {
  const bySubject = new Map<string, AttachedFile[]>();
  if (subjectIds.length === 0) return bySubject;
  const rows = await db
    .select({
      file: files,
      subjectId: fileAttachments.subjectId,
      attachmentId: fileAttachments.id,
      thumbSha256: sql<
        string | null
      >`(select b.sha256 from file_blobs b where b.file_id = ${files.id} and b.variant = 'thumb')`,
      reuseFlags: sql<number>`(select count(*)::int from file_reuse_flags r where r.attachment_id = ${fileAttachments.id})`,
    })
    .from(fileAttachments)
    .innerJoin(files, eq(files.id, fileAttachments.fileId))
    .where(and(eq(fileAttachments.subjectType, subjectType), inArray(fileAttachments.subjectId, subjectIds)))
    .orderBy(asc(fileAttachments.createdAt), asc(files.createdAt));
  for (const r of rows) {
    const list = bySubject.get(r.subjectId) ?? [];
    list.push({
      ...r.file,
      subjectId: r.subjectId,
      attachmentId: r.attachmentId,
      thumbSha256: r.thumbSha256,
      reuseFlags: r.reuseFlags,
    });
    bySubject.set(r.subjectId, list);
  }
  return bySubject;
}

export type BlobRow = typeof fileBlobs.$inferSelect;

/** A stored copy of a file in the caller's scope (404 outside it). */
export async function blobInScope(db: Queryable, actor: Actor, fileId: string, variant: BlobRow['variant']) {
  const file = await findInScope(db, files, actor.scope, fileId, '文件');
  const [blob] = await db
    .select()
    .from(fileBlobs)
    .where(and(eq(fileBlobs.fileId, file.id), eq(fileBlobs.variant, variant)));
  if (!blob) return null;
  return { file, blob };
}
