import { and, eq, or } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { fileAttachments, fileReuseFlags, files, pledges } from '../../db/schema/index.ts';
import { photoRefusal } from '../../domain/policies/inspection.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { INSPECTION_FILES, villageContext } from './items.service.ts';

/**
 * Removes a photo attached by mistake to a pledge's inspection record (by its uploader, before the
 * village is submitted; the policy says who and when).
 *
 * What goes: the attachment, so the photo is no longer evidence of the record, and the reuse flags
 * that hang on that attachment (on either side). What stays: the stored file and its copies: the audit
 * entry names the file (id, SHA-256, name), and the bytes behind it stay in the file store so the audit
 * trail can show what was removed. Nothing else refers to the file, so it is never shown again.
 */
export async function removePhoto(tx: Tx, actor: Actor, pledgeId: string, fileId: string) {
  const pledge = await findInScope(tx, pledges, actor.scope, pledgeId, '承诺事项');
  const context = await villageContext(tx, actor, pledge.campaignId, pledge.villageId, true);
  const item = context.items.find((i) => i.pledgeId === pledge.id);
  if (!item) throw notFound('照片');
  const [found] = await tx
    .select({ attachment: fileAttachments, file: files })
    .from(fileAttachments)
    .innerJoin(files, eq(files.id, fileAttachments.fileId))
    .where(
      and(
        eq(fileAttachments.subjectType, INSPECTION_FILES),
        eq(fileAttachments.subjectId, item.id),
        eq(fileAttachments.fileId, fileId),
      ),
    );
  if (!found) throw notFound('照片');
  const refused = photoRefusal(
    context.facts,
    { attachedByMe: found.file.storedBy === actor.userId },
    'remove',
  );
  if (refused) throw new AppError(refused.kind, refused.code, refused.message);
  const attachmentId = found.attachment.id;
  await tx
    .delete(fileReuseFlags)
    .where(
      or(eq(fileReuseFlags.attachmentId, attachmentId), eq(fileReuseFlags.earlierAttachmentId, attachmentId)),
    );
  await tx.delete(fileAttachments).where(eq(fileAttachments.id, attachmentId));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'inspection.photo_remove',
    entity: 'pledge',
    entityId: pledge.id,
    countyId: pledge.countyId,
    townshipId: pledge.townshipId,
    before: { fileId: found.file.id, sha256: found.file.sha256, name: found.file.originalName },
  });
  return item;
}
