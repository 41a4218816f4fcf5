import { z } from 'zod';
import {
  WEAK_CANDIDATE_ACTIONS,
  WEAK_ORGANIZATION_ACTIONS,
} from '../../domain/policies/weak-organization.ts';
import { isoDate } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  campaignId: '考评活动',
  organizationId: '软弱涣散村级组织',
  bottom: '排名末位名数',
  villageId: '村',
  reason: '列入原因',
  measures: '整改措施',
  leaderUserId: '责任领导账号',
  leaderName: '责任领导',
  on: '日期',
  content: '跟踪情况',
  summary: '整改成效',
};

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);

export const campaignParams = z.strictObject({ campaignId: z.uuid() });
export const organizationParams = z.strictObject({ organizationId: z.uuid() });

/** Villages whose best-placed cadre is among the township's last N are candidates too (0: failures only). */
export const DEFAULT_BOTTOM = 1;
export const candidatesQuery = z.strictObject({
  bottom: z.coerce
    .number('应为整数')
    .int('应为整数')
    .min(0, '不能小于 0')
    .max(20, '不能大于 20')
    .default(DEFAULT_BOTTOM),
});

export const listBody = z.strictObject({
  villageId: z.uuid('请选择村'),
  /** 列入日期. */
  on: isoDate,
  reason: text(500),
  measures: text(5000),
  /** A township staff account of the township, when the leader has one; the name is printed anyway. */
  leaderUserId: z.uuid().nullable().optional(),
  leaderName: text(100),
});
export type ListBody = z.infer<typeof listBody>;

export const followUpBody = z.strictObject({ on: isoDate, content: text(5000) });
export type FollowUpBody = z.infer<typeof followUpBody>;

export const closeBody = z.strictObject({ on: isoDate, summary: text(5000) });
export type CloseBody = z.infer<typeof closeBody>;

export const weakOrganizationView = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  year: z.number(),
  reason: z.string(),
  measures: z.string(),
  leaderName: z.string(),
  listedOn: z.string(),
  listedBy: z.string(),
  followUps: z.array(z.object({ on: z.string(), content: z.string(), recordedBy: z.string() })),
  closed: z.boolean(),
  closedOn: z.string().nullable(),
  closingSummary: z.string().nullable(),
  closedBy: z.string().nullable(),
  allowedActions: z.array(z.enum(WEAK_ORGANIZATION_ACTIONS)),
});

export const weakOrganizationsView = z.object({
  campaignId: z.string(),
  year: z.number(),
  resultsConfirmed: z.boolean(),
  bottom: z.number(),
  /** Villages the rule names (domain/sanctions/weak-organizations.ts) that are not listed yet. */
  candidates: z.array(
    z.object({
      villageId: z.string(),
      villageName: z.string(),
      reason: z.string(),
      /** The village's cadres with grade and rank, as the reason's evidence. */
      cadres: z.array(
        z.object({ name: z.string(), grade: z.string().nullable(), rank: z.number().nullable() }),
      ),
      allowedActions: z.array(z.enum(WEAK_CANDIDATE_ACTIONS)),
    }),
  ),
  organizations: z.array(weakOrganizationView),
  /** Township staff accounts that may be named 责任领导. */
  leaders: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type WeakOrganizationsView = z.infer<typeof weakOrganizationsView>;
