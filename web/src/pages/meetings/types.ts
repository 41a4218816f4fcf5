/** Shapes of the voting API's answers (tmp/VOTING_API.md), as the meeting and poll pages use them. */
import type { MeetingKind } from '../../../../server/domain/voting/meeting-kinds.ts';

export type { MeetingKind };

export type Quorum = {
  rule: string;
  required: number;
  requiredHouseholds?: number | null;
  present: number | null;
  met: boolean;
};

export type Meeting = {
  id: string;
  villageId: string;
  villageName: string;
  kindLabel: string;
  households: number;
  campaignId?: string | null;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  place: string;
  host: string;
  chair: string | null;
  counters: string[];
  scrutineers: string[];
  eligible: number;
  attendance: number | null;
  householdsRepresented: number | null;
  minutes: string | null;
};

export type PollStatus = 'draft' | 'open' | 'closed' | 'certified';
export type PollPurpose = 'pledge_confirmation' | 'democratic_evaluation' | 'general';

export type PollSummary = {
  id: string;
  title: string;
  purpose: PollPurpose;
  status: PollStatus;
  codesIssued: number;
  correctsPollId: string | null;
};

export type MeetingDetail = { meeting: Meeting; quorum: Quorum; polls: PollSummary[] };

export type MeetingInput = {
  villageId: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  place: string;
  host: string;
  chair?: string;
  counters: string[];
  scrutineers: string[];
  eligible?: number;
};

export type MeetingPatch = Partial<
  Pick<Meeting, 'attendance' | 'householdsRepresented' | 'minutes' | 'place' | 'host' | 'chair'> & {
    counters: string[];
    scrutineers: string[];
  }
>;
