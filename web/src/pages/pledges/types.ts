/** Shapes of the pledging API (tmp/PLEDGING_API.md, server/modules/pledges), as the pages use them. */

import type { PledgeStatus, SetStatus } from '../../../../server/domain/pledging/workflow.ts';
import type {
  PairAction,
  ParticipantAction,
  PledgeAction,
  SetAction,
} from '../../../../server/domain/policies/pledge.ts';
import type { Phase } from '../../api/types.ts';
import type { PollStatus } from '../meetings/types.ts';

export type { PairAction, ParticipantAction, PledgeAction, PledgeStatus, SetAction, SetStatus };

export type PledgeFields = {
  category: string;
  title: string;
  content: string;
  completionStandard: string;
  dueDate: string;
};

export type Revision = PledgeFields & {
  version: number;
  reason: string | null;
  replacedBy: string;
  replacedAt: string;
};

export type VoteRound = {
  round: number;
  pollId: string;
  questionId: string;
  pledgeVersion: number;
  rejectVotes: number;
  denominator: 'valid' | 'cast' | 'attendees';
  denominatorValue: number;
  outcome: 'confirmed' | 'rejected';
  rule: string;
  appliedAt: string;
};

export type Pledge = PledgeFields & {
  id: string;
  setId: string;
  participantId: string;
  position: number;
  status: PledgeStatus;
  statusLabel: string;
  version: number;
  /** What the signed-in user may do to it now (the server's policy). */
  allowedActions: PledgeAction[];
};

export type PledgeWithHistory = Pledge & { revisions: Revision[]; rounds: VoteRound[] };

export type PledgeSet = {
  id: string;
  participantId: string;
  status: SetStatus;
  statusLabel: string;
  round: number;
  pollId: string | null;
  minimumOverrideReason: string | null;
  townshipComment: string | null;
  /** What the signed-in user may do to the set now (the server's policy). */
  allowedActions: SetAction[];
};

export type Opinion = {
  id: string;
  pledgeId: string | null;
  source: 'public' | 'paper';
  authorName: string | null;
  content: string;
  handling: 'adopted' | 'explained' | null;
  handlingLabel: string;
  handlingNote: string | null;
  handledBy: string | null;
  handledAt: string | null;
  createdAt: string;
};

export type SetEventKind =
  | 'soliciting'
  | 'committee_passed'
  | 'committee_not_passed'
  | 'vote_started'
  | 'vote_cancelled'
  | 'vote_applied'
  | 'approved'
  | 'returned'
  | 'resubmitted'
  | 'minimum_override';

export type SetEvent = {
  id: string;
  kind: SetEventKind;
  round: number;
  meetingId: string | null;
  pollId: string | null;
  note: string | null;
  actorName: string;
  at: string;
};

export type SetDetail = {
  campaign: { id: string; year: number; phase: Phase; commitmentDeadline: string };
  /** The township's time zone: the page prints its times in it. */
  timeZone: string;
  participant: {
    id: string;
    personId: string;
    name: string;
    villageId: string;
    villageName: string;
    roleLabel: string;
    isSecretary: boolean;
    isDirector: boolean;
    excluded: boolean;
    excludedReason: string | null;
    /** 'draft': the signed-in user may add pledges for this participant. */
    allowedActions: ParticipantAction[];
  };
  set: PledgeSet | null;
  /** The set's current or last poll. */
  poll: { id: string; status: PollStatus; meetingId: string } | null;
  categories: string[];
  required: number;
  pledges: PledgeWithHistory[];
  opinions: Opinion[];
  events: SetEvent[];
};

export type CheckKey = 'status' | 'minimum' | 'overlap' | 'due_dates' | 'deadline';
export type Check = { key: CheckKey; ok: boolean; message: string; overridden?: string };

export type ChecklistParticipant = {
  participantId: string;
  name: string;
  roleLabel: string;
  excluded: boolean;
  excludedReason: string | null;
  setId: string | null;
  setStatus: SetStatus | null;
  statusLabel: string;
  required: number;
  confirmed: number;
  overdue: boolean;
  ready: boolean;
  approvable: boolean;
  checks: Check[];
  /** What the signed-in user may do to this participant's set (approve, return, override the minimum…). */
  allowedActions: SetAction[];
};

export type Highlight = { field: 'title' | 'content'; start: number; end: number };

export type PairSide = {
  id: string;
  participantId: string;
  ownerName: string;
  title: string;
  content: string;
  version: number;
};

export type OverlapPair = {
  a: PairSide;
  b: PairSide;
  score: number;
  shared: string[];
  highlightsA: Highlight[];
  highlightsB: Highlight[];
  overrideReason: string | null;
  blocking: boolean;
  allowedActions: PairAction[];
};

export type Checklist = {
  village: { id: string; name: string };
  commitmentDeadline: string;
  overlapThreshold: number;
  participants: ChecklistParticipant[];
  pairs: OverlapPair[];
};

export type StageCounts = Record<
  'draft' | 'soliciting' | 'committee_passed' | 'voting' | 'confirmed' | 'approved' | 'returned',
  number
>;

export type OverviewVillage = {
  villageId: string;
  villageName: string;
  participants: number;
  excluded: number;
  notStarted: number;
  counts: StageCounts;
  approved: number;
  stage: number;
  stageLabel: string;
  overdue: boolean;
};

export type Overview = {
  campaign: { id: string; year: number; phase: Phase };
  commitmentDeadline: string;
  /** The township's local date the overview was judged on, and its zone. */
  today: string;
  timeZone: string;
  pastDeadline: boolean;
  /** Days to the commitment deadline, negative once past. */
  daysLeft: number;
  villages: OverviewVillage[];
  totals: { participants: number; approved: number; overdueVillages: number };
};

export type PublicPledge = PledgeFields & { id: string; statusLabel: string };

export type PublicSet = {
  setId: string;
  name: string;
  roleLabel: string;
  approvedAt: string | null;
  pledges: PublicPledge[];
};

export type PublicVillage = {
  village: { id: string; name: string; township: string };
  /** The township's time zone: dates on the page are its dates. */
  timeZone: string;
  campaign: { year: number; phase: Phase } | null;
  soliciting: PublicSet[];
  approved: PublicSet[];
};
