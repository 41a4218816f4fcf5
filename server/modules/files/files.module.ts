import { eq, inArray, sql } from 'drizzle-orm';
import { fileAttachments, fileBlobs, files } from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { fileRoutes } from './files.routes.ts';
import { fieldLabels } from './files.schema.ts';

/**
 * The campaign's evidence: every attachment and each attached file with the SHA-256 of each stored
 * copy computed from the bytes themselves at sealing (a changed photo changes the seal).
 */
const fileSeal: SealPart = {
  async records(db, campaign) {
    const attachments = await db
      .select()
      .from(fileAttachments)
      .where(eq(fileAttachments.campaignId, campaign.id));
    const ids = [...new Set(attachments.map((a) => a.fileId))];
    if (ids.length === 0) return { attachments, files: [], copies: [] };
    const rows = await db
      .select({
        id: files.id,
        kind: files.kind,
        mediaType: files.mediaType,
        sha256: files.sha256,
        sourceSha256: files.sourceSha256,
        perceptualHash: files.perceptualHash,
        originalName: files.originalName,
      })
      .from(files)
      .where(inArray(files.id, ids));
    const copies = await db
      .select({
        fileId: fileBlobs.fileId,
        variant: fileBlobs.variant,
        bytesSha256: sql<string>`encode(sha256(${fileBlobs.bytes}), 'hex')`,
      })
      .from(fileBlobs)
      .where(inArray(fileBlobs.fileId, ids));
    return { attachments, files: rows, copies };
  },
};

export const filesModule: ModuleDefinition = {
  name: 'files',
  label: '证明材料',
  routes: fileRoutes,
  fieldLabels,
  seal: fileSeal,
};
