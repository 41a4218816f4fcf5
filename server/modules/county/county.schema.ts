import { z } from 'zod';
import { PHASES } from '../../domain/phases.ts';
import { COUNTY_REPORT_ACTIONS } from '../../domain/policies/county-report.ts';

export const fieldLabels: Record<string, string> = {
  campaignId: '考评年度',
  id: '上报记录',
  year: '年度',
  opening: '开头',
  process: '考评工作开展情况',
  closing: '下一步工作',
  signature: '落款',
  reason: '更正原因',
};

export const campaignParams = z.strictObject({ campaignId: z.uuid() });
export const idParams = z.strictObject({ id: z.uuid() });
export const overviewQuery = z.strictObject({
  year: z.coerce.number().int('应为年份').min(2000, '年份不正确').max(2100, '年份不正确').optional(),
});

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);

export const summaryBody = z.strictObject({
  opening: text(2000),
  process: text(4000),
  closing: text(2000),
  signature: text(200),
});

export const submitBody = z.strictObject({
  /** Required from the second submission on (更正). */
  reason: z.string().trim().max(500, '不能超过 500 个字').optional(),
});

export const submittedRow = z.object({
  rank: z.number().nullable(),
  name: z.string(),
  villageName: z.string(),
  posts: z.array(z.string()),
  villageScore: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
  unqualified: z.boolean(),
  juryScore: z.number().nullable(),
  inspectionScore: z.number().nullable(),
  composite: z.number().nullable(),
  grade: z.string().nullable(),
  forcedFail: z.boolean(),
});

const gradeCount = z.object({ grade: z.string(), count: z.number() });

export const submissionView = z.object({
  id: z.string(),
  seq: z.number(),
  reason: z.string().nullable(),
  submittedAt: z.string(),
  submittedAtText: z.string(),
  submittedByName: z.string(),
  xlsxSha256: z.string(),
  docxSha256: z.string(),
  chainHead: z.string(),
  xlsxUrl: z.string(),
  docxUrl: z.string(),
});

export const reportView = z.object({
  campaign: z.object({
    id: z.string(),
    year: z.number(),
    phase: z.enum(PHASES),
    phaseLabel: z.string(),
    townshipName: z.string(),
  }),
  rows: z.array(submittedRow),
  grades: z.array(z.string()),
  counts: z.array(gradeCount),
  ungraded: z.number(),
  summary: summaryBody,
  summaryEdited: z.boolean(),
  submissions: z.array(submissionView),
  allowedActions: z.array(z.enum(COUNTY_REPORT_ACTIONS)),
  /** Why the office cannot submit now (Chinese), null when it can. */
  submitRefusal: z.string().nullable(),
});
export type ReportView = z.infer<typeof reportView>;

export const overviewView = z.object({
  countyName: z.string(),
  years: z.array(z.number()),
  year: z.number().nullable(),
  grades: z.array(z.string()),
  bands: z.array(z.string()),
  townships: z.array(
    z.object({
      townshipId: z.string(),
      townshipName: z.string(),
      submission: submissionView
        .extend({
          rows: z.array(submittedRow),
          counts: z.array(gradeCount),
          meanComposite: z.number().nullable(),
          distribution: z.array(z.number()),
        })
        .nullable(),
    }),
  ),
});
export type OverviewView = z.infer<typeof overviewView>;
