/**
 * 综合得分 (DESIGN §2.4 item 5): the weighted sum of the three parts with the campaign's
 * compositeWeights (percent, summing to 100).
 *
 * Arithmetic is done in integers so the result does not depend on binary fractions: each part's
 * score is taken in hundredths, each weight in hundredths of a percent; the sum is rounded half up
 * to 2 decimals once, at the end (the weighted parts are shown exactly, up to 4 decimals).
 *
 * Missing parts: a part with a weight above zero and no score (not yet certified, the jury has not
 * met, not inspected, or barred from the township report) leaves the composite empty (null) and is
 * named in `missing`; nothing is guessed or averaged over the parts present. A part weighted 0 is
 * never missing.
 */
import type { CampaignConfig } from '../campaign-config.ts';
import {
  type CompositeExplanation,
  type CompositePartExplanation,
  EVALUATION_PART_LABELS,
  type EvaluationPart,
} from './types.ts';

export const EVALUATION_PARTS: readonly EvaluationPart[] = ['village', 'jury', 'inspection'];

export type CompositeParts = Record<EvaluationPart, number | null>;

const hundredths = (x: number) => Math.round(x * 100);

/** score × weight% as an exact decimal of at most 4 places. */
function weightedOf(score: number, weight: number): number {
  return (hundredths(score) * hundredths(weight)) / 1_000_000;
}

export function compositeFormula(weights: CampaignConfig['compositeWeights']): string {
  const terms = EVALUATION_PARTS.map((p) => `${EVALUATION_PART_LABELS[p]} × ${weights[p]}%`);
  return `综合得分 = ${terms.join(' + ')}（四舍五入保留两位小数）`;
}

export function composite(
  parts: CompositeParts,
  weights: CampaignConfig['compositeWeights'],
): CompositeExplanation {
  const explained: CompositePartExplanation[] = EVALUATION_PARTS.map((part) => {
    const score = parts[part];
    return {
      part,
      label: EVALUATION_PART_LABELS[part],
      score,
      weight: weights[part],
      weighted: score === null ? null : weightedOf(score, weights[part]),
    };
  });
  const missing = explained.filter((p) => p.score === null && p.weight > 0).map((p) => p.part);
  let value: number | null = null;
  if (missing.length === 0) {
    // Sum of score hundredths × weight hundredths-of-percent: units of 1e-6, exact in integers.
    const units = explained.reduce(
      (sum, p) => sum + (p.score === null ? 0 : hundredths(p.score) * hundredths(p.weight)),
      0,
    );
    value = Math.floor((units + 5_000) / 10_000) / 100;
  }
  return { formula: compositeFormula(weights), parts: explained, missing, composite: value };
}
