/** Shapes of GET /api/polls/:id and its parts (server/modules/polls/polls.schema.ts). */
import type { PollPurpose, PollStatus, Quorum } from '../meetings/types.ts';

export type { PollPurpose, PollStatus };

export type PollOption = { id: string; label: string; countsAsValid: boolean };
export type PollQuestion = {
  id: string;
  label: string;
  subjectType: string | null;
  subjectId: string | null;
  options: PollOption[];
};

export type Denominator = 'valid' | 'cast' | 'attendees';

export type QuestionResult = {
  questionId: string;
  label: string;
  options: (PollOption & { electronic: number; paper: number; votes: number })[];
  cast: number;
  invalid: number;
  valid: number;
  outcome: {
    rejected: boolean;
    rejectVotes: number;
    denominator: Denominator;
    denominatorValue: number;
    rule: string;
  };
  satisfaction: { score: number | null; rate: number | null } | null;
};

export type Results = {
  status: PollStatus;
  eligible: number;
  attendance: number | null;
  quorum: Quorum;
  ballotsCast: number;
  codesIssued: number;
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
  denominator: Denominator;
  quorumPreset: 'law2018' | 'law2025';
  codesIssued: number;
  paperIssued: number | null;
  correctsPollId: string | null;
  correctionReason: string | null;
  correctedByPollIds: string[];
  certification: { clerk: string | null; host: string | null; certifiedAt: string | null };
  questions: PollQuestion[];
  results: Results | null;
};

export type PollInput = {
  title: string;
  purpose: PollPurpose;
  questions: { label: string; options: { label: string; countsAsValid: boolean }[] }[];
  correctsPollId?: string;
  correctionReason?: string;
};

export type TallySlot = 'counter' | 'scrutineer';
export type TallyInput = {
  slot: TallySlot;
  issued: number;
  returned: number;
  invalid: number;
  questions: { questionId: string; counts: Record<string, number> }[];
};
export type TallyStatus = { counter: boolean; scrutineer: boolean; match: boolean | null };
