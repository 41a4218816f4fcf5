import { z } from 'zod';
import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../../domain/evaluation/types.ts';
import { RESULTS_ACTIONS } from '../../domain/policies/results.ts';
import { isoDate } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  campaignId: '考评活动',
  digest: '预览版本',
  reason: '重新计算原因',
  startDate: '公示开始日期',
  periodDays: '公示期',
  objectionDays: '异议期',
  text: '公示说明',
};

export const campaignParams = z.strictObject({ campaignId: z.uuid() });

export const freezeBody = z.strictObject({
  /** resultsDigest of the preview the office looked at: the numbers confirmed are the ones seen. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, '预览版本无效，请刷新页面后重试'),
  /** Required when a confirmed set already stands (a recomputation). */
  reason: z.string().trim().max(500, '不能超过 500 个字').optional(),
});
export type FreezeBody = z.infer<typeof freezeBody>;

const days = z.number().int('应为整数天数').min(1, '至少 1 天').max(60, '不能超过 60 天');

export const publishResultsBody = z.strictObject({
  startDate: isoDate,
  periodDays: days.optional(),
  objectionDays: days.optional(),
  text: z.string().trim().max(5000, '不能超过 5000 个字').optional(),
});
export type PublishResultsBody = z.infer<typeof publishResultsBody>;

// ------------------------------------------------------------------ the explained result (whitelist)

const evaluationCounts = z.object({
  satisfied: z.number(),
  basicallySatisfied: z.number(),
  unsatisfied: z.number(),
  unknown: z.number(),
  blank: z.number(),
});

export const villageEvaluationView = z.object({
  pollId: z.string(),
  certifiedAt: z.string(),
  counts: evaluationCounts,
  valid: z.number(),
  score: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
  unqualified: z.boolean(),
  optionScores: z.object({ satisfied: z.number(), basicallySatisfied: z.number(), unsatisfied: z.number() }),
});

export const juryView = z.object({
  score: z.number().nullable(),
  complete: z.boolean(),
  scores: z.array(z.object({ juror: z.string(), value: z.number(), dropped: z.boolean() })),
  recused: z.number(),
  missing: z.number(),
  rule: z.string(),
});

const inspectionStatus = z.enum(
  Object.keys(INSPECTION_STATUS_LABELS) as [InspectionStatus, ...InspectionStatus[]],
);

export const inspectionView = z.object({
  score: z.number().nullable(),
  complete: z.boolean(),
  items: z.array(
    z.object({
      pledgeId: z.string(),
      title: z.string(),
      status: inspectionStatus.nullable(),
      progressPercent: z.number().nullable(),
      recognition: z.number().nullable(),
      itemScore: z.number().nullable(),
    }),
  ),
});

const part = z.enum(['village', 'jury', 'inspection']);

const explanation = z.object({
  config: z.object({ hash: z.string(), computedAt: z.string() }),
  composite: z.object({
    formula: z.string(),
    parts: z.array(
      z.object({
        part,
        label: z.string(),
        score: z.number().nullable(),
        weight: z.number(),
        weighted: z.number().nullable(),
      }),
    ),
    missing: z.array(part),
    composite: z.number().nullable(),
  }),
  grade: z.object({
    grade: z.string().nullable(),
    bands: z.array(z.object({ label: z.string(), minScore: z.number() })),
    failGrade: z.string(),
    byScore: z.string().nullable(),
    forcedFail: z.boolean(),
    capped: z
      .object({ from: z.string(), to: z.string(), cap: z.number(), limit: z.number(), of: z.number() })
      .nullable(),
    reason: z.string(),
  }),
  rank: z.object({
    rank: z.number().nullable(),
    of: z.number(),
    tieBreaks: z.array(z.string()),
    rule: z.string(),
  }),
});

export const finalResultView = z.object({
  participantId: z.string(),
  personId: z.string(),
  villageId: z.string(),
  name: z.string(),
  villageName: z.string(),
  posts: z.array(z.string()),
  village: villageEvaluationView.nullable(),
  jury: juryView.nullable(),
  inspection: inspectionView.nullable(),
  composite: z.number().nullable(),
  grade: z.string().nullable(),
  rank: z.number().nullable(),
  forcedFail: z.boolean(),
  explanation,
});

export const RESULTS_STATUSES = ['preview', 'reviewed', 'scheduled', 'publicity', 'published'] as const;
export type ResultsStatus = (typeof RESULTS_STATUSES)[number];

const setView = z.object({
  id: z.string(),
  frozenAt: z.string(),
  frozenBy: z.string(),
  reason: z.string().nullable(),
  configHash: z.string(),
  supersededAt: z.string().nullable(),
});

export const resultsView = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), phase: z.string(), phaseLabel: z.string() }),
  status: z.enum(RESULTS_STATUSES),
  statusLabel: z.string(),
  /** The confirmed set the rows come from; null while the rows are the live preview. */
  current: setView.nullable(),
  publication: z
    .object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      objectionEndDate: z.string(),
      objectionCount: z.number(),
    })
    .nullable(),
  rows: z.array(finalResultView),
  /** Why the live results cannot be confirmed yet (one line per participant). */
  problems: z.array(z.string()),
  /** The live preview's digest: send it back to confirm exactly these numbers. */
  digest: z.string(),
  /** A confirmed set stands and the live numbers now differ from it. */
  liveDiffers: z.boolean(),
  config: z.object({
    hash: z.string(),
    compositeWeights: z.object({ village: z.number(), jury: z.number(), inspection: z.number() }),
    grades: z.array(z.object({ label: z.string(), minScore: z.number() })),
    failGrade: z.string(),
    topGradeCap: z.number().nullable(),
    publicityDays: z.number(),
    objectionDays: z.number(),
  }),
  history: z.array(setView),
  allowedActions: z.array(z.enum(RESULTS_ACTIONS)),
});
export type ResultsView = z.infer<typeof resultsView>;
