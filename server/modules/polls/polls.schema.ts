import { z } from 'zod';
import { POLL_PURPOSES, POLL_STATUSES, TALLY_SLOTS } from '../../db/schema/voting.ts';
import { POLL_ACTIONS } from '../../domain/policies/poll.ts';
import { OPTION_KINDS } from '../../domain/voting/option-kinds.ts';
import { VOTE_DENOMINATORS } from '../../domain/voting/outcome.ts';

export const fieldLabels: Record<string, string> = {
  title: '表决名称',
  purpose: '表决用途',
  questions: '议题',
  label: '名称',
  options: '选项',
  kind: '选项类别',
  score: '分值',
  subjectType: '表决对象类型',
  subjectId: '表决对象',
  correctsPollId: '被更正的表决',
  correctionReason: '更正原因',
  count: '数量',
  slot: '录入人',
  issued: '发出票数',
  returned: '收回票数',
  invalid: '废票数',
  counts: '各选项票数',
  blank: '未填此项的票数',
  questionId: '议题',
  as: '确认身份',
  paperBallots: '发放纸质选票',
  batch: '选票码批次',
  reason: '原因',
};

/** One option: its label as printed, what it means (kind) and, in a democratic evaluation, its score. */
const option = z.strictObject({
  label: z.string().trim().min(1, '不能为空').max(20),
  kind: z.enum(OPTION_KINDS),
  /** Democratic evaluation only; omitted: the campaign config's score of the kind. */
  score: z.number().min(0).max(100).optional(),
});

const question = z.strictObject({
  label: z.string().trim().min(1, '不能为空').max(200),
  subjectType: z.enum(['pledge', 'participant']).optional(),
  subjectId: z.uuid().optional(),
  options: z.array(option).min(2, '至少需要两个选项').max(6),
});

export const createPollBody = z.strictObject({
  title: z.string().trim().min(1, '请填写标题').max(100),
  purpose: z.enum(POLL_PURPOSES),
  questions: z.array(question).min(1, '至少需要一项议题').max(100),
  /** Paper ballots are handed out (then both blind paper entries are needed before certifying). */
  paperBallots: z.boolean().optional(),
  correctsPollId: z.uuid().optional(),
  correctionReason: z.string().trim().min(1).max(500).optional(),
});
export type CreatePollBody = z.infer<typeof createPollBody>;

export const idParams = z.strictObject({ id: z.uuid() });
export const codesBody = z.strictObject({ count: z.int().min(1).max(2000) });
export const codesResponse = z.object({
  codes: z.array(z.string()),
  batch: z.number(),
  /** Where the slips' links point, and the warning to show before printing (unset or loopback). */
  publicAddress: z.object({ origin: z.string(), warning: z.string().nullable() }),
});
export const voidCodesBody = z.strictObject({
  batch: z.int().min(1).max(1000),
  reason: z.string().trim().min(1, '请填写作废原因').max(200),
});

const countValue = z.int().min(0).max(1_000_000);
export const tallyBody = z.strictObject({
  slot: z.enum(TALLY_SLOTS),
  issued: countValue,
  returned: countValue,
  invalid: countValue,
  questions: z
    .array(
      z.strictObject({
        questionId: z.uuid(),
        counts: z.record(z.uuid(), countValue),
        /** Returned ballots that left this question blank (default 0). */
        blank: countValue.optional(),
      }),
    )
    .max(100),
});
export type TallyBody = z.infer<typeof tallyBody>;

export const tallyStatus = z.object({
  counter: z.boolean(),
  scrutineer: z.boolean(),
  match: z.boolean().nullable(),
});

export const certifyBody = z.strictObject({ as: z.enum(['clerk', 'host']) });

const optionView = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(OPTION_KINDS),
  score: z.number().nullable(),
  countsAsValid: z.boolean(),
});
const questionView = z.object({
  id: z.string(),
  label: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  options: z.array(optionView),
});

const quorumView = z.object({
  rule: z.string(),
  required: z.number(),
  requiredHouseholds: z.number().nullable(),
  present: z.number().nullable(),
  met: z.boolean(),
});

const denominator = z.enum(VOTE_DENOMINATORS);

const outcomeView = z.object({
  passed: z.boolean(),
  rejected: z.boolean(),
  verdict: z.string(),
  rejectVotes: z.number(),
  approveVotes: z.number(),
  denominator,
  denominatorValue: z.number(),
  turnout: z.object({ voted: z.number(), registered: z.number(), met: z.boolean() }).nullable(),
  rule: z.string(),
});

/** The shape of domain/voting/results.ts PollResults (stored as is at certification). */
export const resultsView = z.object({
  status: z.enum(POLL_STATUSES),
  frozen: z.boolean(),
  purpose: z.enum(POLL_PURPOSES),
  rule: z.object({ name: z.string(), version: z.number() }),
  denominator,
  quorumPreset: z.enum(['law2018', 'law2025']),
  eligible: z.number(),
  attendance: z.number().nullable(),
  households: z.number(),
  householdsRepresented: z.number().nullable(),
  quorum: quorumView,
  ballotsCast: z.number(),
  codesIssued: z.number(),
  paperBallots: z.boolean().optional(),
  paper: z.object({
    status: z.enum(['none', 'pending', 'mismatch', 'matched']),
    issued: z.number(),
    returned: z.number(),
    invalid: z.number(),
  }),
  questions: z.array(
    z.object({
      questionId: z.string(),
      label: z.string(),
      subjectType: z.string().nullable(),
      subjectId: z.string().nullable(),
      options: z.array(optionView.extend({ electronic: z.number(), paper: z.number(), votes: z.number() })),
      cast: z.number(),
      blank: z.number(),
      invalid: z.number(),
      valid: z.number(),
      outcome: outcomeView,
      satisfaction: z.object({ score: z.number().nullable(), rate: z.number().nullable() }).nullable(),
    }),
  ),
});

export const pollView = z.object({
  id: z.string(),
  meetingId: z.string(),
  villageId: z.string(),
  title: z.string(),
  purpose: z.enum(POLL_PURPOSES),
  status: z.enum(POLL_STATUSES),
  denominator,
  quorumPreset: z.enum(['law2018', 'law2025']),
  codesIssued: z.number(),
  codesVoided: z.number(),
  codeBatches: z.array(z.object({ size: z.number(), voided: z.number().nullable() })),
  paperBallots: z.boolean(),
  paperIssued: z.number().nullable(),
  correctsPollId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  correctedByPollIds: z.array(z.string()),
  certification: z.object({
    clerk: z.string().nullable(),
    host: z.string().nullable(),
    certifiedAt: z.date().nullable(),
  }),
  /** What the caller may do to this poll now: the web shows its buttons from this. */
  allowedActions: z.array(z.enum(POLL_ACTIONS)),
  /** Why a closed poll cannot be certified yet (empty when it can). */
  certificationProblems: z.array(z.string()),
  /**
   * While the poll is open, how many electronic ballots are in: only for the one running it (who may
   * close it); null for everyone else and once closed (the results say it then).
   */
  ballotsReceived: z.number().nullable(),
  /**
   * A 民主测评 is chaired by the village's 村务监督委员会主任, who certifies it as host: their account's
   * name, or null while none is recorded; absent (null) for other purposes, whose host is the meeting's.
   */
  evaluationChair: z.string().nullable(),
  questions: z.array(questionView),
  results: resultsView.nullable(),
});
