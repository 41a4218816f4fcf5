import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { fileAttachments, fileBlobs } from '../../db/schema/index.ts';
import type { FilePublicity } from './file-hooks.ts';
import type { BlobRow } from './files.service.ts';

/**
 * The public copy with this content hash, or null: only a photo's display or thumbnail copy, and
 * only while a record it is attached to is published (asked of the module that declared its
 * subject type; an undeclared type is never public).
 */
export async function publicBlob(
  db: Queryable,
  hash: string,
  publicity: readonly FilePublicity[],
): Promise<BlobRow | null> {
  const blobs = await db
    .select()
    .from(fileBlobs)
    .where(and(eq(fileBlobs.sha256, hash), inArray(fileBlobs.variant, ['display', 'thumb'])));
  if (blobs.length === 0) return null;
  const attachments = await db
    .select({ subjectType: fileAttachments.subjectType, subjectId: fileAttachments.subjectId })
    .from(fileAttachments)
    .where(
      inArray(
        fileAttachments.fileId,
        blobs.map((b) => b.fileId),
      ),
    );
  for (const { subjectType, publicSubjects } of publicity) {
    const ids = attachments.filter((a) => a.subjectType === subjectType).map((a) => a.subjectId);
    if (ids.length > 0 && (await publicSubjects(db, ids)).size > 0) return blobs[0]!;
  }
  return null;
}
