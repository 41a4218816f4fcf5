/**
 * The 乡集中述职 score of one reporter (DESIGN §2.4 item 3): the mean of the jurors' scores after
 * dropping one highest and one lowest when at least `trimMinScores` scores count (default 5), to
 * 2 decimals. Recused jurors give no score; missing scores are left out (the service decides, by
 * the configured policy, when the result is complete).
 */
import type { JuryScoreEntry } from './types.ts';

export const JURY_TRIM_RULE = '去掉一个最高分和一个最低分后取平均';
export const juryMeanRule = (trimMinScores: number) => `评分不足 ${trimMinScores} 个，取全部评分的平均`;

/** One counted score: who gave it (anonymized) and its value, 0–100 with at most 2 decimals. */
export type CountedScore = { juror: string; value: number };

export type JuryScore = {
  /** 2 dp; null when no score counts. */
  score: number | null;
  /** The scores in the given order, the dropped ones marked. */
  scores: JuryScoreEntry[];
  trimmed: boolean;
  rule: string;
};

/** Hundredths as an integer, so sums are exact (a stored score has at most 2 decimals). */
const hundredths = (value: number) => Math.round(value * 100);

/**
 * The trimmed mean. With ties at an extreme exactly one of the tied scores is dropped: the first in
 * the given order (the service gives them in 评委 order, so the choice is stable).
 */
export function juryScore(scores: readonly CountedScore[], trimMinScores: number): JuryScore {
  const n = scores.length;
  const trimmed = n >= Math.max(trimMinScores, 3);
  const rule = trimmed ? JURY_TRIM_RULE : juryMeanRule(trimMinScores);
  if (n === 0) return { score: null, scores: [], trimmed: false, rule };
  // One pass each, no intermediate arrays: a province computes some 40,000 of these at once.
  let high = -1;
  let low = -1;
  if (trimmed) {
    let highValue = 0;
    for (let i = 0; i < n; i++) {
      const h = hundredths(scores[i]!.value);
      if (high < 0 || h > highValue) {
        high = i;
        highValue = h;
      }
    }
    let lowValue = 0;
    for (let i = 0; i < n; i++) {
      if (i === high) continue;
      const h = hundredths(scores[i]!.value);
      if (low < 0 || h < lowValue) {
        low = i;
        lowValue = h;
      }
    }
  }
  const entries: JuryScoreEntry[] = [];
  // The mean of the kept scores in hundredths, rounded half up to a hundredth.
  let sum = 0;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const { juror, value } = scores[i]!;
    const dropped = i === high || i === low;
    entries.push({ juror, value, dropped });
    if (!dropped) {
      sum += hundredths(value);
      kept += 1;
    }
  }
  return { score: Math.round(sum / kept) / 100, scores: entries, trimmed, rule };
}

/** A score a juror may give: within 0..max with at most 2 decimals; null when fine, else Chinese. */
export function scoreValueProblem(value: number, max: number): string | null {
  if (!Number.isFinite(value)) return '不是有效的分数';
  if (value < 0 || value > max) return `应在 0 到 ${max} 分之间`;
  if (Math.abs(hundredths(value) - value * 100) > 1e-6) return '最多保留两位小数';
  return null;
}

/** The total of sub-criteria values (each within its maximum), exact to 2 decimals. */
export const subCriteriaTotal = (parts: number[]) => parts.reduce((a, v) => a + hundredths(v), 0) / 100;

export type MissingPolicy = 'leave_out' | 'wait';

/** One juror's place in a reporter's panel: their score, none yet, or 回避. */
export type PanelSeat = { juror: string; value: number | null; recused: boolean };

const counts = (s: PanelSeat): s is PanelSeat & CountedScore => s.value !== null;

export type ReporterResult = JuryScore & {
  complete: boolean;
  recused: number;
  missing: number;
};

/**
 * A reporter's result from the whole panel: recused jurors are not counted; the result is complete
 * when every other juror has scored, or, under 'leave_out', once the office has closed the reporter
 * (the missing ones are then left out). Under 'wait' it stays open until the last score is in. The
 * score is null until complete: nobody sees a partial mean.
 */
export function reporterResult(
  panel: PanelSeat[],
  rules: { trimMinScores: number; missingPolicy: MissingPolicy },
  closed: boolean,
): ReporterResult {
  let recused = 0;
  const counted: CountedScore[] = [];
  for (const s of panel) {
    if (s.recused) recused += 1;
    else if (counts(s)) counted.push(s); // the seat itself: juryScore reads its juror and value
  }
  const missing = panel.length - recused - counted.length;
  const complete = missing === 0 ? counted.length > 0 : closed && rules.missingPolicy === 'leave_out';
  const { score, scores, trimmed, rule } = juryScore(counted, rules.trimMinScores);
  return { score: complete ? score : null, scores, trimmed, rule, complete, recused, missing };
}
