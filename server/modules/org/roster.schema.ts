import { z } from 'zod';
import { POSTS } from '../../domain/roster.ts';
import { importResult } from './org.schema.ts';

export const ROSTER_CHANGE_KINDS = ['appointed', 'ended', 'moved'] as const;

/** Who an import appoints, who leaves a post, who moves between villages: named, for the preview. */
export const rosterChange = z.object({
  kind: z.enum(ROSTER_CHANGE_KINDS),
  /** The row of the file that causes it. */
  row: z.number(),
  /** The village of the post (for a move: the one moved to). */
  village: z.string(),
  /** null for a move. */
  post: z.enum(POSTS).nullable(),
  name: z.string(),
  /** Start of the new post, last day of the ended one, first day in the new village. */
  date: z.string(),
  /** For a move: the village left. */
  fromVillage: z.string().nullable(),
});

export const rosterImportResult = importResult.extend({ changes: z.array(rosterChange) });

export type RosterChange = z.infer<typeof rosterChange>;
export type RosterImportResult = z.infer<typeof rosterImportResult>;
