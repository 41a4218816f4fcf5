/** Shapes of GET /api/polls/:id and its parts (server/modules/polls/polls.schema.ts). */
import type { PollAction } from '../../../../server/domain/policies/poll.ts';
import type { OptionKind } from '../../../../server/domain/voting/option-kinds.ts';
import type { Outcome, VoteDenominator } from '../../../../server/domain/voting/outcome.ts';
import type { PollPurpose, PollStatus, Quorum } from '../meetings/types.ts';

export type { OptionKind, PollAction, PollPurpose, PollStatus };

export type PollOption = {
  id: string;
  label: string;
  kind: OptionKind;
  score: number | null;
  countsAsValid: boolean;
};
export type PollQuestion = {
  id: string;
  label: string;
  subjectType: string | null;
  subjectId: string | null;
  options: PollOption[];
};

export type { Outcome };

export type QuestionResult = {
  questionId: string;
  label: string;
  options: (PollOption & { electronic: number; paper: number; votes: number })[];
  cast: number;
  blank: number;
  invalid: number;
  valid: number;
  outcome: Outcome;
  satisfaction: { score: number | null; rate: number | null } | null;
};

export type Results = {
  status: PollStatus;
  frozen: boolean;
  purpose: PollPurpose;
  rule: { name: string; version: number };
  eligible: number;
  attendance: number | null;
  quorum: Quorum;
  ballotsCast: number;
  codesIssued: number;
  paperBallots?: boolean;
  paper: {
    status: 'none' | 'pending' | 'mismatch' | 'matched';
    issued: number;
    returned: number;
    invalid: number;
  };
  questions: QuestionResult[];
};

export type Poll = {
  id: string;
  meetingId: string;
  villageId: string;
  title: string;
  purpose: PollPurpose;
  status: PollStatus;
  denominator: VoteDenominator;
  quorumPreset: 'law2018' | 'law2025';
  codesIssued: number;
  codesVoided: number;
  codeBatches: { size: number; voided: number | null }[];
  paperBallots: boolean;
  paperIssued: number | null;
  correctsPollId: string | null;
  correctionReason: string | null;
  correctedByPollIds: string[];
  certification: { clerk: string | null; host: string | null; certifiedAt: string | null };
  /** What the signed-in user may do to this poll now (the server's policy). */
  allowedActions: PollAction[];
  /** Why it cannot be certified yet. */
  certificationProblems: string[];
  /** While open, electronic ballots in so far: only for the one running the poll, else null. */
  ballotsReceived: number | null;
  /** A 民主测评's host: the village's 村务监督委员会主任 (their account's name), null while none is recorded. */
  evaluationChair: string | null;
  questions: PollQuestion[];
  results: Results | null;
};

export type OptionInput = { label: string; kind: OptionKind };
export type PollInput = {
  title: string;
  purpose: PollPurpose;
  questions: { label: string; options: OptionInput[] }[];
  paperBallots?: boolean;
  correctsPollId?: string;
  correctionReason?: string;
};

export type TallySlot = 'counter' | 'scrutineer';
export type TallyInput = {
  slot: TallySlot;
  issued: number;
  returned: number;
  invalid: number;
  questions: { questionId: string; counts: Record<string, number>; blank: number }[];
};
export type TallyStatus = { counter: boolean; scrutineer: boolean; match: boolean | null };
