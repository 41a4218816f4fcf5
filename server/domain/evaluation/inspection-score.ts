/**
 * 实地考核 scores (DESIGN §2.4 item 4). An inspection team records per pledge its status, its
 * progress (0–100 %) and the villagers' recognition (群众认可度), chosen from three levels:
 *
 *   认可 = 100, 基本认可 = 75, 不认可 = 40.
 *
 * (Three words a team can agree on after asking villagers on site; 不认可 is 40 so that denied work
 * cannot reach 合格 on progress alone.)
 *
 *   item score = progress × w.progress / 100 + recognition × w.recognition / 100   (config inspectionWeights, default 60/40)
 *
 * then capped by the status the team saw, one point under the next default grade band, so that an
 * item not fully done never scores like one that is:
 *
 *   已完成 → 100, 基本完成 → 89, 推进中 → 74, 未完成 → 59.
 *
 * A status must agree with the progress: 已完成 is 100 %, every other status is under 100 %.
 * Participant score = mean of their item scores, 2 decimals (half up). Both are exact: the weights
 * are whole percents summing to 100, so every item score is a whole number of hundredths.
 */
import type { InspectionStatus } from './types.ts';

export const INSPECTION_STATUSES = [
  'completed',
  'basically_completed',
  'in_progress',
  'not_completed',
] as const satisfies readonly InspectionStatus[];

export const RECOGNITION_LEVELS = ['recognized', 'basically_recognized', 'not_recognized'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

export const RECOGNITION_LABELS: Record<RecognitionLevel, string> = {
  recognized: '认可',
  basically_recognized: '基本认可',
  not_recognized: '不认可',
};

/** The 0–100 value of each recognition level. */
export const RECOGNITION_SCORES: Record<RecognitionLevel, number> = {
  recognized: 100,
  basically_recognized: 75,
  not_recognized: 40,
};

/** The highest item score each status allows. */
export const STATUS_CAPS: Record<InspectionStatus, number> = {
  completed: 100,
  basically_completed: 89,
  in_progress: 74,
  not_completed: 59,
};

export type InspectionWeights = { progress: number; recognition: number };
export type ItemInput = { status: InspectionStatus; progressPercent: number; recognition: RecognitionLevel };

/** The rule in one sentence, for the explanation of a number. */
export const ITEM_RULE =
  '单项得分 = 完成进度 × 进度权重 + 群众认可度（认可 100、基本认可 75、不认可 40）× 认可度权重，再按完成状态封顶（已完成 100、基本完成 89、推进中 74、未完成 59）；个人得分为各单项得分的平均值，保留两位小数';

/** Why the progress does not fit the status, or null. */
export function statusProgressProblem(status: InspectionStatus, progressPercent: number): string | null {
  if (status === 'completed' && progressPercent !== 100) return '状态为“已完成”时完成进度应为 100%';
  if (status !== 'completed' && progressPercent >= 100) return '完成进度为 100% 时状态应为“已完成”';
  return null;
}

/** Item score in hundredths (an integer). */
function itemHundredths(input: ItemInput, weights: InspectionWeights): number {
  const raw =
    input.progressPercent * weights.progress + RECOGNITION_SCORES[input.recognition] * weights.recognition;
  return Math.min(raw, STATUS_CAPS[input.status] * 100);
}

/** One item's score, 0–100, 2 decimals. */
export const itemScore = (input: ItemInput, weights: InspectionWeights): number =>
  itemHundredths(input, weights) / 100;

/** The mean of item scores, 2 decimals half up; null for no item. */
export function participantScore(itemScores: readonly number[]): number | null {
  if (itemScores.length === 0) return null;
  const hundredths = itemScores.reduce((sum, s) => sum + Math.round(s * 100), 0);
  // Half up on whole hundredths: (2·sum + n) div (2n) rounds sum/n to the nearest, halves up.
  const n = itemScores.length;
  return Math.floor((2 * hundredths + n) / (2 * n)) / 100;
}
