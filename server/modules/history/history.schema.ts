import { z } from 'zod';
import { PHASES } from '../../domain/phases.ts';
import { CONSEQUENCE_KINDS } from './consequences.ts';

export const fieldLabels: Record<string, string> = { personId: '村干部' };

export const personParams = z.strictObject({ personId: z.uuid() });

const score = z.number().nullable();

export const historyYear = z.object({
  campaignId: z.string(),
  year: z.number(),
  phase: z.enum(PHASES),
  phaseLabel: z.string(),
  townshipName: z.string(),
  villageName: z.string(),
  posts: z.array(z.string()),
  excluded: z.boolean(),
  excludedReason: z.string().nullable(),
  pledges: z.array(
    z.object({
      id: z.string(),
      category: z.string(),
      title: z.string(),
      dueDate: z.string(),
      approved: z.boolean(),
      status: z.string(),
      /** 考核认定 / 本人报告, or null while there is no report. */
      statusSource: z.string().nullable(),
      kept: z.boolean(),
    }),
  ),
  /** null: the year has no results yet (before the evaluation, or excluded). */
  result: z
    .object({
      /** The office has confirmed the results (审核确认); otherwise they are the live preview. */
      confirmed: z.boolean(),
      villageScore: score,
      satisfactionRate: score,
      unqualified: z.boolean(),
      juryScore: score,
      inspectionScore: score,
      composite: score,
      grade: z.string().nullable(),
      rank: z.number().nullable(),
      of: z.number(),
    })
    .nullable(),
  consequences: z.array(
    z.object({ kind: z.enum(CONSEQUENCE_KINDS), label: z.string(), detail: z.string(), closed: z.boolean() }),
  ),
});

export const historyView = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    gender: z.string().nullable(),
    birthYear: z.number().nullable(),
    partyMember: z.boolean(),
    villageName: z.string(),
    townshipName: z.string(),
  }),
  /** Oldest year first. */
  years: z.array(historyYear),
});
export type HistoryView = z.infer<typeof historyView>;
export type HistoryYear = z.infer<typeof historyYear>;

const gradeCount = z.record(z.string(), z.number());

export const trendPoint = z.object({
  year: z.number(),
  townshipId: z.string().nullable(),
  townshipName: z.string(),
  confirmed: z.boolean(),
  approvedPledges: z.number(),
  keptPledges: z.number(),
  keptShare: z.number().nullable(),
  grades: gradeCount,
  ungraded: z.number(),
  meanComposite: z.number().nullable(),
  scored: z.number(),
});

export const trendsView = z.object({
  countyName: z.string(),
  /** Grade labels best first, as the latest year's config names them (the charts' order). */
  gradeLabels: z.array(z.string()),
  points: z.array(trendPoint),
});
export type TrendsView = z.infer<typeof trendsView>;
