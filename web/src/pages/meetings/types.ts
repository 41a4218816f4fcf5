/** Shapes of the voting API's answers (tmp/VOTING_API.md), as the meeting and poll pages use them. */
import type { MeetingAction } from '../../../../server/domain/policies/meeting.ts';
import type { MeetingKind } from '../../../../server/domain/voting/meeting-kinds.ts';
import type { PollPurpose } from '../../../../server/domain/voting/purposes.ts';

export type { MeetingAction, MeetingKind, PollPurpose };

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
  /** The host's account (certifies as host) and its name. */
  hostUserId: string | null;
  hostAccountName: string | null;
  chair: string | null;
  counters: string[];
  scrutineers: string[];
  eligible: number;
  attendance: number | null;
  householdsRepresented: number | null;
  minutes: string | null;
  /** What the signed-in user may do to this meeting now (the server's policy). */
  allowedActions: MeetingAction[];
  /** Why the record cannot be edited (a certified vote, an archived year), or null. */
  lockedReason: string | null;
};

export type PollStatus = 'draft' | 'open' | 'closed' | 'certified';

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
  hostUserId?: string;
  chair?: string;
  counters: string[];
  scrutineers: string[];
  eligible?: number;
};

export type HostCandidate = { userId: string; displayName: string; roleLabel: string };

export type MeetingPatch = Partial<
  Pick<
    Meeting,
    'startsAt' | 'attendance' | 'householdsRepresented' | 'minutes' | 'place' | 'host' | 'chair'
  > & {
    hostUserId: string;
    counters: string[];
    scrutineers: string[];
  }
>;
