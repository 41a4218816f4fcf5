/**
 * The result shapes of the year-end evaluation (DESIGN §2.4, ROUND4 contract). Each part's read
 * function (`server/modules/<part>/<part>-results.ts`) returns a Map keyed by participant id of its
 * result; the results module combines them into FinalResult. Every shape carries what is needed to
 * explain its number (which ballots, which juror scores were dropped, which items, which config).
 * All scores are rounded to 2 decimals by the part that computes them; `null` = not (yet) scored.
 */
import type { GradeBand } from '../campaign-config.ts';

/** The three parts of the composite, keyed as in CampaignConfig.compositeWeights. */
export type EvaluationPart = 'village' | 'jury' | 'inspection';

export const EVALUATION_PART_LABELS: Record<EvaluationPart, string> = {
  village: '村级民主测评',
  jury: '乡集中述职',
  inspection: '实地考核',
};

// ---------------------------------------------------------------- B: 民主测评 (village evaluation)

/** Votes of one participant's question in a certified democratic-evaluation poll. */
export type EvaluationCounts = {
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  /** 不了解: not a valid vote. */
  unknown: number;
  /** Blank / spoiled ballots for this question: not valid. */
  blank: number;
};

export type VillageEvaluationResult = {
  pollId: string;
  /** ISO 8601 instant with offset, when the poll's result was certified (frozen). */
  certifiedAt: string;
  counts: EvaluationCounts;
  /** satisfied + basicallySatisfied + unsatisfied. */
  valid: number;
  /** Per-option scores averaged over valid votes, 2 dp; null when there is no valid vote. */
  score: number | null;
  /** (满意 + 基本满意) / valid, 0..1; null when there is no valid vote. */
  satisfactionRate: number | null;
  /** 不满意 more than half of the configured denominator → barred from the report, grade forced to failGrade. */
  unqualified: boolean;
  /** The per-option scores the score was computed with (the campaign config at certification). */
  optionScores: { satisfied: number; basicallySatisfied: number; unsatisfied: number };
};

// ---------------------------------------------------------------- C: 乡集中述职 (jury)

export type JuryScoreEntry = {
  /** Anonymized, stable within the meeting, e.g. 评委7. Never a name. */
  juror: string;
  value: number;
  /** Dropped by the trim (one highest, one lowest). */
  dropped: boolean;
};

export type JuryResult = {
  /** Trimmed mean, 2 dp; null while no score counts (not yet scored, or barred as unqualified). */
  score: number | null;
  /** Every juror who should score has scored (or the missing-score policy closed it). */
  complete: boolean;
  scores: JuryScoreEntry[];
  /** Jurors who recused themselves from this reporter (回避). */
  recused: number;
  /** Jurors who did not score (left out under the missing-score policy, or still pending). */
  missing: number;
  /** Chinese, e.g. 去掉一个最高分和一个最低分后取平均. */
  rule: string;
};

// ---------------------------------------------------------------- D: 实地考核 (inspection)

export type InspectionStatus = 'completed' | 'basically_completed' | 'in_progress' | 'not_completed';

export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  completed: '已完成',
  basically_completed: '基本完成',
  in_progress: '推进中',
  not_completed: '未完成',
};

export type InspectionItem = {
  pledgeId: string;
  title: string;
  /** null while the pledge has not been inspected. */
  status: InspectionStatus | null;
  /** 0..100. */
  progressPercent: number | null;
  /** Villager recognition, 0..100. */
  recognition: number | null;
  /** 0..100, 2 dp, from progress and recognition with config inspectionWeights; null if not inspected. */
  itemScore: number | null;
};

export type InspectionResult = {
  /** Mean of item scores, 2 dp; null while no item is scored. */
  score: number | null;
  items: InspectionItem[];
  /** Every pledge of the participant has been inspected. */
  complete: boolean;
};

// ---------------------------------------------------------------- E: composite, grade, rank

/** Which campaign config a number was computed with: its SHA-256 over canonical JSON. */
export type ConfigRef = { hash: string; computedAt: string };

export type CompositePartExplanation = {
  part: EvaluationPart;
  label: string;
  /** The part's score, null when missing. */
  score: number | null;
  /** Weight in percent (config compositeWeights). */
  weight: number;
  /** score × weight / 100, 2 dp; null when the score is missing. */
  weighted: number | null;
};

export type CompositeExplanation = {
  /** Chinese, e.g. 综合得分 = 村级民主测评 × 30% + 乡集中述职 × 30% + 实地考核 × 40%. */
  formula: string;
  parts: CompositePartExplanation[];
  /** Parts without a score: the composite is then null (not yet computable). */
  missing: EvaluationPart[];
  composite: number | null;
};

export type GradeExplanation = {
  grade: string | null;
  /** The bands the grade was read from (config grades, best first) and the grade below them. */
  bands: GradeBand[];
  failGrade: string;
  /** The grade the composite alone gives (before the forced fail and the cap). */
  byScore: string | null;
  /** The village evaluation found the participant unqualified → failGrade whatever the score. */
  forcedFail: boolean;
  /** When the top-grade cap moved this participant down: the cap and how it was counted. */
  capped: { from: string; to: string; cap: number; limit: number; of: number } | null;
  /** One Chinese sentence a person can read. */
  reason: string;
};

export type RankExplanation = {
  rank: number | null;
  /** Participants ranked in the township. */
  of: number;
  /** Keys that decided against the neighbours with the same composite, in order, Chinese. */
  tieBreaks: string[];
  /** Chinese: the ordering rule. */
  rule: string;
};

export type FinalExplanation = {
  config: ConfigRef;
  composite: CompositeExplanation;
  grade: GradeExplanation;
  rank: RankExplanation;
};

export type FinalResult = {
  participantId: string;
  personId: string;
  villageId: string;
  name: string;
  villageName: string;
  /** Post labels, e.g. ['党支部书记', '村委会主任']. */
  posts: string[];
  village: VillageEvaluationResult | null;
  jury: JuryResult | null;
  inspection: InspectionResult | null;
  /** 2 dp; null while a part is missing. */
  composite: number | null;
  /** null while not gradable (a part missing and not forced to fail). */
  grade: string | null;
  /** 1-based, distinct; null while not rankable. */
  rank: number | null;
  forcedFail: boolean;
  explanation: FinalExplanation;
};
