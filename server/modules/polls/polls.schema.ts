import { z } from 'zod';
import { POLL_PURPOSES, POLL_STATUSES, TALLY_SLOTS } from '../../db/schema/voting.ts';

export const fieldLabels: Record<string, string> = {
  purpose: '表决用途',
  questions: '议题',
  label: '名称',
  options: '选项',
  countsAsValid: '是否计入有效票',
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
  questionId: '议题',
  as: '确认身份',
};

const option = z.strictObject({
  label: z.string().trim().min(1, '不能为空').max(20),
  countsAsValid: z.boolean(),
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
  correctsPollId: z.uuid().optional(),
  correctionReason: z.string().trim().min(1).max(500).optional(),
});
export type CreatePollBody = z.infer<typeof createPollBody>;

export const idParams = z.strictObject({ id: z.uuid() });
export const codesBody = z.strictObject({ count: z.int().min(1).max(2000) });
export const codesResponse = z.object({ codes: z.array(z.string()) });

const countValue = z.int().min(0).max(1_000_000);
export const tallyBody = z.strictObject({
  slot: z.enum(TALLY_SLOTS),
  issued: countValue,
  returned: countValue,
  invalid: countValue,
  questions: z
    .array(z.strictObject({ questionId: z.uuid(), counts: z.record(z.uuid(), countValue) }))
    .max(100),
});
export type TallyBody = z.infer<typeof tallyBody>;

export const tallyStatus = z.object({
  counter: z.boolean(),
  scrutineer: z.boolean(),
  match: z.boolean().nullable(),
});

export const certifyBody = z.strictObject({ as: z.enum(['clerk', 'host']) });

const optionView = z.object({ id: z.string(), label: z.string(), countsAsValid: z.boolean() });
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

export const resultsView = z.object({
  status: z.enum(POLL_STATUSES),
  eligible: z.number(),
  attendance: z.number().nullable(),
  quorum: quorumView,
  ballotsCast: z.number(),
  codesIssued: z.number(),
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
      options: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          countsAsValid: z.boolean(),
          electronic: z.number(),
          paper: z.number(),
          votes: z.number(),
        }),
      ),
      cast: z.number(),
      invalid: z.number(),
      valid: z.number(),
      outcome: z.object({
        rejected: z.boolean(),
        rejectVotes: z.number(),
        denominator: z.enum(['valid', 'cast', 'attendees']),
        denominatorValue: z.number(),
        rule: z.string(),
      }),
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
  denominator: z.enum(['valid', 'cast', 'attendees']),
  quorumPreset: z.enum(['law2018', 'law2025']),
  codesIssued: z.number(),
  paperIssued: z.number().nullable(),
  correctsPollId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  correctedByPollIds: z.array(z.string()),
  certification: z.object({
    clerk: z.string().nullable(),
    host: z.string().nullable(),
    certifiedAt: z.date().nullable(),
  }),
  questions: z.array(questionView),
  results: resultsView.nullable(),
});
