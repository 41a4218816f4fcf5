import { z } from 'zod';
import { PHASES } from '../../domain/phases.ts';
import { REPORT_ACTIONS } from '../../domain/policies/report.ts';
import { PROGRESS_STATUSES } from '../../domain/progress/report.ts';
import {
  REPORT_STATUSES,
  RETURN_REASON_MAX,
  SECTION_MAX,
  STATEMENT_MAX,
} from '../../domain/reports/content.ts';

export const fieldLabels: Record<string, string> = {
  pledges: '承诺事项完成情况',
  pledgeId: '承诺事项',
  statement: '承诺事项完成情况',
  duties: '履行岗位职责情况',
  selfBuilding: '自身建设情况',
  problemsAndPlans: '存在问题及下一步打算',
  reason: '退回原因',
  campaignId: '考评年度',
  villageId: '村',
  status: '报告状态',
};

export const idParams = z.strictObject({ id: z.uuid() });

export const overviewQuery = z.strictObject({
  campaignId: z.uuid().optional(),
  villageId: z.uuid().optional(),
  status: z.enum([...REPORT_STATUSES, 'not_started'], { error: '请选择报告状态' }).optional(),
});

const section = () => z.string().max(SECTION_MAX, `不能超过 ${SECTION_MAX} 个字`);

/** A report's text as the form sends it (draft or submission: the same fields). */
export const reportBody = z.strictObject({
  pledges: z
    .array(
      z.strictObject({
        pledgeId: z.uuid({ error: '请选择承诺事项' }),
        statement: z.string().max(STATEMENT_MAX, `不能超过 ${STATEMENT_MAX} 个字`),
      }),
    )
    .max(50),
  duties: section(),
  selfBuilding: section(),
  problemsAndPlans: section(),
});
export type ReportBody = z.infer<typeof reportBody>;

export const returnBody = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(1, '请填写退回原因')
    .max(RETURN_REASON_MAX, `不能超过 ${RETURN_REASON_MAX} 个字`),
});

const standing = z.enum([...REPORT_STATUSES, 'not_started']);

const content = z.object({
  pledges: z.array(z.object({ pledgeId: z.string(), title: z.string(), statement: z.string() })),
  duties: z.string(),
  selfBuilding: z.string(),
  problemsAndPlans: z.string(),
});

const participantHead = z.object({
  id: z.string(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  /** 党支部书记 / 村委会主任 / 书记、主任一肩挑 */
  posts: z.string(),
});

const versionView = z.object({
  version: z.number(),
  /** In the township's zone, e.g. 2026-12-01 09:30. */
  submittedAt: z.string(),
  submittedBy: z.string(),
  /** Entered by the village clerk for the cadre (记录员代为录入). */
  onBehalf: z.boolean(),
  returnedAt: z.string().nullable(),
  returnedBy: z.string().nullable(),
  returnReason: z.string().nullable(),
  content,
});

export const reportView = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), phase: z.enum(PHASES) }),
  participant: participantHead,
  status: standing,
  statusLabel: z.string(),
  /** The text now: the draft, the submitted report, or (not started) the prefill from pledges and progress. */
  content,
  /** The pledges the report speaks of, with their latest progress (for the form's hints). */
  pledges: z.array(
    z.object({
      id: z.string(),
      category: z.string(),
      title: z.string(),
      completionStandard: z.string(),
      dueDate: z.string(),
      latest: z
        .object({
          status: z.enum(PROGRESS_STATUSES),
          statusLabel: z.string(),
          percent: z.number(),
          reportDate: z.string(),
        })
        .nullable(),
      /** What the statement was prefilled with. */
      prefill: z.string(),
    }),
  ),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** The latest return's reason while the report is returned. */
  returnReason: z.string().nullable(),
  /** Newest first. */
  versions: z.array(versionView),
  limits: z.object({ statement: z.number(), section: z.number() }),
  allowedActions: z.array(z.enum(REPORT_ACTIONS)),
});

const overviewRow = participantHead.extend({
  status: standing,
  statusLabel: z.string(),
  version: z.number(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  onBehalf: z.boolean(),
  updatedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  allowedActions: z.array(z.enum(REPORT_ACTIONS)),
});

const counts = z.object({
  submitted: z.number(),
  draft: z.number(),
  returned: z.number(),
  notStarted: z.number(),
});

export const overviewView = z.object({
  campaign: z
    .object({ id: z.string(), year: z.number(), phase: z.enum(PHASES), phaseLabel: z.string() })
    .nullable(),
  campaigns: z.array(z.object({ id: z.string(), year: z.number(), phaseLabel: z.string() })),
  /** Of every participant the caller may see (before the filter). */
  counts,
  villages: z.array(
    z.object({ id: z.string(), name: z.string(), counts, participants: z.array(overviewRow) }),
  ),
  /** A leader's overview covers only their contact villages. */
  contactVillagesOnly: z.boolean(),
  /** A cadre's overview: only their own report (the web opens it as 我的述职报告). */
  ownOnly: z.boolean(),
});
