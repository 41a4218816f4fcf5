import { z } from 'zod';
import { PLEDGE_STATUSES, SET_STATUSES } from '../../domain/pledging/workflow.ts';
import { PLEDGE_ACTIONS, SET_ACTIONS } from '../../domain/policies/pledge.ts';
import { isoDate } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  category: '承诺类别',
  title: '承诺事项',
  content: '具体内容',
  completionStandard: '完成标准',
  dueDate: '完成时限',
  pledgeSetId: '承诺事项清单',
  pledgeId: '承诺事项',
  meetingId: '会议',
  passed: '会议决定',
  note: '说明',
  comment: '审批意见',
  handling: '处理方式',
  aPledgeId: '承诺事项',
  bPledgeId: '承诺事项',
};

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);

export const pledgeBody = z.strictObject({
  category: text(20),
  title: text(60),
  content: text(1000),
  completionStandard: text(500),
  dueDate: isoDate,
});
export type PledgeBody = z.infer<typeof pledgeBody>;

export const pledgePatchBody = pledgeBody.partial().extend({
  /** Why it changed, e.g. the answer to a rejection; kept in the revision history. */
  reason: z.string().trim().max(500).optional(),
});
export type PledgePatchBody = z.infer<typeof pledgePatchBody>;

export const reasonBody = z.strictObject({ reason: text(500) });
export const commentBody = z.strictObject({ comment: text(1000) });
export const optionalCommentBody = z.strictObject({ comment: z.string().trim().max(1000).optional() });

export const opinionBody = z.strictObject({
  pledgeId: z.uuid().optional(),
  name: z.string().trim().max(30).optional(),
  content: text(1000),
});
export type OpinionBody = z.infer<typeof opinionBody>;

export const publicOpinionBody = opinionBody.extend({ pledgeSetId: z.uuid().optional() });
export type PublicOpinionBody = z.infer<typeof publicOpinionBody>;

export const handleOpinionBody = z.strictObject({
  handling: z.enum(['adopted', 'explained']),
  note: text(500),
});

export const committeeBody = z.strictObject({
  meetingId: z.uuid(),
  passed: z.boolean(),
  note: z.string().trim().max(1000).optional(),
});

export const voteBody = z.strictObject({
  meetingId: z.uuid(),
  title: z.string().trim().min(1).max(100).optional(),
});

export const overlapOverrideBody = z.strictObject({
  aPledgeId: z.uuid(),
  bPledgeId: z.uuid(),
  reason: text(500),
});

export const idParams = z.strictObject({ id: z.uuid() });
export const campaignVillageParams = z.strictObject({ campaignId: z.uuid(), villageId: z.uuid() });
export const campaignParams = z.strictObject({ campaignId: z.uuid() });
export const villageParams = z.strictObject({ villageId: z.uuid() });

export const pledgeView = z.object({
  id: z.string(),
  setId: z.string(),
  participantId: z.string(),
  position: z.number(),
  category: z.string(),
  title: z.string(),
  content: z.string(),
  completionStandard: z.string(),
  dueDate: z.string(),
  status: z.enum(PLEDGE_STATUSES),
  statusLabel: z.string(),
  version: z.number(),
  /** What the caller may do to this pledge now (server/domain/policies/pledge.ts). */
  allowedActions: z.array(z.enum(PLEDGE_ACTIONS)),
});

export const setView = z.object({
  id: z.string(),
  participantId: z.string(),
  status: z.enum(SET_STATUSES),
  statusLabel: z.string(),
  round: z.number(),
  pollId: z.string().nullable(),
  minimumOverrideReason: z.string().nullable(),
  townshipComment: z.string().nullable(),
  /** What the caller may do to this set now. */
  allowedActions: z.array(z.enum(SET_ACTIONS)),
});

export const voteStartedView = z.object({ set: setView, pollId: z.string() });
export const voteAppliedView = z.object({
  set: setView,
  items: z.array(z.object({ id: z.string(), status: z.enum(['confirmed', 'rejected']) })),
});
