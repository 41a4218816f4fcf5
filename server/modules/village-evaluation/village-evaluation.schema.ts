import { z } from 'zod';
import { VILLAGE_EVALUATION_ACTIONS } from '../../domain/policies/village-evaluation.ts';

export const fieldLabels: Record<string, string> = {
  campaignId: '考评年度',
  villageId: '村',
  meetingId: '测评会议',
  paperBallots: '纸质选票',
  codes: '手机选票码数量',
  personId: '村务监督委员会主任',
};

export const campaignParams = z.strictObject({ campaignId: z.uuid() });
export const villageParams = z.strictObject({ campaignId: z.uuid(), villageId: z.uuid() });

export const startBody = z.strictObject({
  villageId: z.uuid(),
  meetingId: z.uuid(),
  /** Paper ballots are handed out (then both blind paper entries must agree before certification). */
  paperBallots: z.boolean(),
  /** One-time phone ballot codes to generate now (0: none); returned once, for printing. */
  codes: z.int().min(0).max(5000).default(0),
});
export type StartBody = z.infer<typeof startBody>;

export const chairBody = z.strictObject({ personId: z.uuid() });
export type ChairBody = z.infer<typeof chairBody>;

const counts = z.object({
  satisfied: z.number(),
  basicallySatisfied: z.number(),
  unsatisfied: z.number(),
  unknown: z.number(),
  blank: z.number(),
});
const optionScores = z.object({
  satisfied: z.number(),
  basicallySatisfied: z.number(),
  unsatisfied: z.number(),
});

export const evaluationResultView = z.object({
  pollId: z.string(),
  certifiedAt: z.string(),
  counts,
  valid: z.number(),
  score: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
  unqualified: z.boolean(),
  optionScores,
});

const person = z.object({ personId: z.string(), name: z.string(), userId: z.string(), account: z.string() });

export const villageEvaluationView = z.object({
  villageId: z.string(),
  villageName: z.string(),
  state: z.enum(['not_started', 'draft', 'open', 'closed', 'certified']),
  stateLabel: z.string(),
  chair: person.extend({ isSubject: z.boolean() }).nullable(),
  /** Persons of the village with a 村民监督员 account: whom the office may record as chair. */
  chairCandidates: z.array(person),
  poll: z
    .object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      meetingId: z.string(),
      meetingTitle: z.string(),
      /** Why it cannot open yet (the quorum gate), while a draft. */
      openProblem: z.string().nullable(),
      certifiedAt: z.string().nullable(),
    })
    .nullable(),
  /** Meetings an evaluation may be started at: the village's 村民会议 / 党员和村民代表会议 of the year. */
  meetings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kindLabel: z.string(),
      startsAt: z.string(),
      eligible: z.number(),
      attendance: z.number().nullable(),
      quorumMet: z.boolean(),
    }),
  ),
  participants: z.array(
    z.object({
      participantId: z.string(),
      name: z.string(),
      post: z.string(),
      result: evaluationResultView.nullable(),
    }),
  ),
  allowedActions: z.array(z.enum(VILLAGE_EVALUATION_ACTIONS)),
});

export const overviewView = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), phase: z.string(), phaseLabel: z.string() }),
  /** The campaign config's option scores: what a poll started now gets. */
  optionScores,
  rule: z.string(),
  villages: z.array(villageEvaluationView),
});

export const startResponse = z.object({
  pollId: z.string(),
  codes: z.array(z.string()),
  batch: z.number().nullable(),
  publicAddress: z.object({ origin: z.string(), warning: z.string().nullable() }),
});

export const chairedView = z.object({
  pollId: z.string(),
  title: z.string(),
  villageName: z.string(),
  status: z.string(),
  awaitingChair: z.boolean(),
});
