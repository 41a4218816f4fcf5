import { z } from 'zod';
import { COMMENDATION_ACTIONS, PAY_ACTIONS } from '../../domain/policies/rewards.ts';
import { isoDate } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  campaignId: '考评活动',
  bases: '绩效工资基数',
  participantId: '村干部',
  base: '绩效工资基数（元）',
  reason: '更正原因',
  title: '标题',
  recipients: '主送',
  body: '正文',
  signature: '落款',
  noticeDate: '成文日期',
  startDate: '公示开始日期',
  file: '基数表',
};

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);

export const campaignParams = z.strictObject({ campaignId: z.uuid() });

/** Yuan as typed, ≤ 2 decimals; the service turns it into fen. */
const yuan = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, '应填写不小于 0 的金额（元），最多两位小数，如 18000 或 18000.50');

export const basesBody = z.strictObject({
  bases: z
    .array(z.strictObject({ participantId: z.uuid(), base: yuan }))
    .min(1, '请至少填写一名村干部的基数')
    .max(2000),
});
export type BasesBody = z.infer<typeof basesBody>;

export const correctBody = z.strictObject({ reason: text(500) });

export const noticeBody = z.strictObject({
  title: text(60),
  recipients: text(200),
  body: text(4000),
  signature: text(200),
  noticeDate: isoDate,
});
export type NoticeBody = z.infer<typeof noticeBody>;

export const issueBody = z.strictObject({ startDate: isoDate.optional() });

const payLine = z.object({
  participantId: z.string(),
  name: z.string(),
  villageName: z.string(),
  posts: z.array(z.string()),
  grade: z.string().nullable(),
  coefficient: z.number().nullable(),
  /** Yuan with two decimals, null while not entered. */
  base: z.string().nullable(),
  amount: z.string().nullable(),
});

const version = z.object({
  version: z.number(),
  signedBy: z.string(),
  signedAt: z.string(),
  reason: z.string().nullable(),
  supersededAt: z.string().nullable(),
  supersededBy: z.string().nullable(),
  supersededReason: z.string().nullable(),
});

export const PAY_STATUSES = ['draft', 'signed', 'correcting'] as const;

export const payView = z.object({
  campaignId: z.string(),
  year: z.number(),
  townshipName: z.string(),
  available: z.boolean(),
  /** Why nothing can be done yet (results not confirmed, year not in 奖惩). */
  notice: z.string().nullable(),
  status: z.enum(PAY_STATUSES),
  coefficients: z.array(z.object({ grade: z.string(), coefficient: z.number() })),
  lines: z.array(payLine),
  totals: z.object({ base: z.string(), amount: z.string(), missing: z.number(), cadres: z.number() }),
  current: version.nullable(),
  versions: z.array(version),
  allowedActions: z.array(z.enum(PAY_ACTIONS)),
});
export type PayView = z.infer<typeof payView>;
export type PayLineView = z.infer<typeof payLine>;

const honouree = z.object({
  participantId: z.string(),
  name: z.string(),
  villageName: z.string(),
  posts: z.array(z.string()),
  grade: z.string(),
  composite: z.number().nullable(),
});

export const commendationView = z.object({
  campaignId: z.string(),
  year: z.number(),
  townshipName: z.string(),
  available: z.boolean(),
  notice: z.string().nullable(),
  /** The grade honoured (the best grade of the year's config, e.g. 优秀). */
  grade: z.string(),
  honourees: z.array(honouree),
  title: z.string(),
  recipients: z.string(),
  body: z.string(),
  signature: z.string(),
  noticeDate: z.string(),
  /** The text was saved by the office (false: the suggested text). */
  saved: z.boolean(),
  issued: z.boolean(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  publicationId: z.string().nullable(),
  allowedActions: z.array(z.enum(COMMENDATION_ACTIONS)),
});
export type CommendationView = z.infer<typeof commendationView>;
