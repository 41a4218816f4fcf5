import type { VillageEvaluationResult } from '../../../../server/domain/evaluation/types.ts';
import type {
  VillageEvaluationAction,
  VillageEvaluationState,
} from '../../../../server/domain/policies/village-evaluation.ts';

export type { VillageEvaluationResult, VillageEvaluationState };

export type OptionScores = VillageEvaluationResult['optionScores'];

export type ChairPerson = { personId: string; name: string; userId: string; account: string };

export type EvaluationVillage = {
  villageId: string;
  villageName: string;
  state: VillageEvaluationState;
  stateLabel: string;
  chair: (ChairPerson & { isSubject: boolean }) | null;
  chairCandidates: ChairPerson[];
  poll: {
    id: string;
    title: string;
    status: string;
    meetingId: string;
    meetingTitle: string;
    openProblem: string | null;
    certifiedAt: string | null;
  } | null;
  meetings: {
    id: string;
    title: string;
    kindLabel: string;
    startsAt: string;
    eligible: number;
    attendance: number | null;
    quorumMet: boolean;
  }[];
  participants: {
    participantId: string;
    name: string;
    post: string;
    result: VillageEvaluationResult | null;
  }[];
  allowedActions: VillageEvaluationAction[];
};

export type EvaluationOverview = {
  campaign: { id: string; year: number; phase: string; phaseLabel: string };
  optionScores: OptionScores;
  rule: string;
  villages: EvaluationVillage[];
};

export type StartInput = { villageId: string; meetingId: string; paperBallots: boolean; codes: number };

export type Started = {
  pollId: string;
  codes: string[];
  batch: number | null;
  publicAddress: { origin: string; warning: string | null };
};
