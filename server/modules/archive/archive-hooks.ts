import type { Queryable } from '../../db/client.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';

/**
 * One generated document of an archived year, e.g. a 承诺书. `path` is relative to the package's
 * documents/ folder, a folder per kind of document: '承诺书/愚公村 张三 承诺书.docx'.
 */
export type ArchiveDocument = { path: string; bytes: Uint8Array };

/**
 * A module's generated documents of an archived campaign, rendered from its (sealed) records when the
 * archive package is built. Reads only; runs inside the download's transaction.
 */
export type ArchiveDocuments = (db: Queryable, campaign: CampaignRow) => Promise<ArchiveDocument[]>;
