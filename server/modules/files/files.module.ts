import { eq, inArray, sql } from 'drizzle-orm';
import { fileAttachments, files } from '../../db/schema/index.ts';
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
    if (ids.length === 0) return { attachments, files: [] };
    const rows = await db
      .select({
        id: files.id,
        kind: files.kind,
        mediaType: files.mediaType,
        sha256: files.sha256,
        sourceSha256: files.sourceSha256,
        perceptualHash: files.perceptualHash,
        originalName: files.originalName,
        copies: sql<
          string[]
        >`(select array_agg(b.variant || ':' || encode(sha256(b.bytes), 'hex') order by b.variant) from file_blobs b where b.file_id = ${files.id})`,
      })
      .from(files)
      .where(inArray(files.id, ids));
    return { attachments, files: rows };
  },
};

export const filesModule: ModuleDefinition = {
  name: 'files',
  label: '证明材料',
  routes: fileRoutes,
  fieldLabels,
  seal: fileSeal,
};
