import { z } from 'zod';
import { ARCHIVE_ACTIONS } from '../../domain/policies/archive.ts';

export const fieldLabels: Record<string, string> = { id: '考评活动' };

export const archiveParams = z.strictObject({ id: z.uuid() });

/** The archive section of a campaign's page. */
export const archiveView = z.object({
  campaignId: z.string(),
  year: z.number().int(),
  sealHash: z.string().nullable(),
  /** When it was sealed, in the township's local time (e.g. 2026年1月20日 10:00). */
  sealedAt: z.string().nullable(),
  /** The package's file name when downloaded. */
  fileName: z.string(),
  allowedActions: z.array(z.enum(ARCHIVE_ACTIONS)),
  /** Why the package cannot be downloaded now (Chinese), null when it can. */
  unavailableReason: z.string().nullable(),
  /** Packages issued so far, newest first: when (local time), by whom, the SHA-256 of each one's manifest. */
  packages: z.array(
    z.object({ at: z.string(), by: z.string(), manifestSha256: z.string(), bytes: z.number().int() }),
  ),
});
