/** Shapes of the roster import's answers (server/modules/org/roster.schema.ts) and the refresh preview. */
import type { ImportResult } from '../../api/types.ts';

export type RosterChange = {
  kind: 'appointed' | 'ended' | 'moved';
  row: number;
  village: string;
  post: 'party_secretary' | 'committee_director' | null;
  name: string;
  date: string;
  fromVillage: string | null;
};

export type RosterImportResult = ImportResult & { changes: RosterChange[] };

/** A person as GET /api/campaigns/participant-sync-previews names them. */
export type SyncPerson = { personId: string; name: string; villageName: string; roleLabel: string };

export type SyncPreview = {
  campaignId: string;
  year: number;
  phaseLabel: string;
  add: SyncPerson[];
  update: SyncPerson[];
  remove: SyncPerson[];
};
