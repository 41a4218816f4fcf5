import { z } from 'zod';
import { ADMONISHMENT_REASONS } from '../../db/schema/sanctions.ts';
import { SANCTION_ACTIONS } from '../../domain/policies/sanctions.ts';
import { CASE_STEPS } from '../../domain/sanctions/due-process.ts';
import { isoDate } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  campaignId: '考评活动',
  taskId: '诫勉谈话任务',
  caseId: '案件',
  talkedBy: '谈话人',
  talkedOn: '谈话日期',
  content: '谈话内容',
  undertaking: '本人表态',
  step: '办理步骤',
  on: '日期',
  text: '内容',
  voterSignatures: '村民联名人数',
  registeredVoters: '有选举权的村民人数',
  representativeSignatures: '村民代表联名人数',
  representatives: '村民代表人数',
  meetingId: '村民会议',
};

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);

export const campaignParams = z.strictObject({ campaignId: z.uuid() });
export const taskParams = z.strictObject({ taskId: z.uuid() });
export const caseParams = z.strictObject({ caseId: z.uuid() });

export const talkBody = z.strictObject({
  talkedBy: text(100),
  talkedOn: isoDate,
  content: text(5000),
  undertaking: text(2000),
});
export type TalkBody = z.infer<typeof talkBody>;

export const caseStepBody = z.strictObject({
  step: z.enum(CASE_STEPS, '办理步骤只能是告知、陈述申辩、作出决定或执行结果'),
  on: isoDate,
  text: text(5000),
});
export type CaseStepBody = z.infer<typeof caseStepBody>;

const headcount = z.int('应为整数').min(0, '不能小于 0').max(1_000_000);

/** 罢免要求: the signatures and what they are out of, and the day it was handed in. */
export const recallProposalBody = z.strictObject({
  voterSignatures: headcount,
  registeredVoters: headcount,
  representativeSignatures: headcount,
  representatives: headcount,
  on: isoDate,
});
export type RecallProposalBody = z.infer<typeof recallProposalBody>;

export const recallVoteBody = z.strictObject({ meetingId: z.uuid('请选择村民会议') });
export type RecallVoteBody = z.infer<typeof recallVoteBody>;

const actions = z.array(z.enum(SANCTION_ACTIONS));

/** A committee director's recall on the case (null on a case without one). */
export const recallView = z.object({
  proposal: z
    .object({
      voterSignatures: z.number(),
      registeredVoters: z.number(),
      representativeSignatures: z.number(),
      representatives: z.number(),
      on: z.string(),
      met: z.boolean(),
      rule: z.string(),
    })
    .nullable(),
  /** The village's 村民会议 the vote may be started at (empty once started). */
  meetings: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string() })),
  poll: z.object({ id: z.string(), title: z.string(), status: z.string(), meetingId: z.string() }).nullable(),
  /** Once the poll is certified: its result by the recall rule. */
  result: z.object({ passed: z.boolean(), verdict: z.string(), rule: z.string() }).nullable(),
});

export const admonishmentView = z.object({
  id: z.string(),
  name: z.string(),
  villageName: z.string(),
  reason: z.enum(ADMONISHMENT_REASONS),
  reasonText: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  talkedBy: z.string().nullable(),
  talkedOn: z.string().nullable(),
  content: z.string().nullable(),
  undertaking: z.string().nullable(),
  closed: z.boolean(),
  allowedActions: actions,
});

export const removalCaseView = z.object({
  id: z.string(),
  name: z.string(),
  villageName: z.string(),
  years: z.tuple([z.number(), z.number()]),
  measures: z.array(z.string()),
  officeEndsByLaw: z.boolean(),
  steps: z.array(
    z.object({
      step: z.enum(CASE_STEPS),
      label: z.string(),
      on: z.string(),
      text: z.string(),
      recordedBy: z.string(),
    }),
  ),
  nextStep: z.enum(CASE_STEPS).nullable(),
  recall: recallView.nullable(),
  closed: z.boolean(),
  allowedActions: actions,
});

/** Before 奖惩: a cadre who failed last year, and whether this year's 不合格 is already settled. */
export const removalOutlookView = z.object({
  participantId: z.string(),
  name: z.string(),
  villageName: z.string(),
  post: z.string(),
  previousYear: z.number(),
  certain: z.boolean(),
  measures: z.array(z.string()),
  text: z.string(),
});

export const sanctionsView = z.object({
  campaignId: z.string(),
  year: z.number(),
  admonishments: z.array(admonishmentView),
  removalCases: z.array(removalCaseView),
  /** Empty once the year is in 奖惩 (its cases are then open). */
  removalOutlook: z.array(removalOutlookView),
});
export type SanctionsView = z.infer<typeof sanctionsView>;
