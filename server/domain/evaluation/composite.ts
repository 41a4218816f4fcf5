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

const formulas = new Map<string, string>();

/** The formula in words; the same few weights recur in every township, so each is written once. */
export function compositeFormula(weights: CampaignConfig['compositeWeights']): string {
  const key = `${weights.village}/${weights.jury}/${weights.inspection}`;
  let formula = formulas.get(key);
  if (formula === undefined) {
    const terms = EVALUATION_PARTS.map((p) => `${EVALUATION_PART_LABELS[p]} × ${weights[p]}%`);
    formula = `综合得分 = ${terms.join(' + ')}（四舍五入保留两位小数）`;
    formulas.set(key, formula);
  }
  return formula;
}

export function composite(
  parts: CompositeParts,
  weights: CampaignConfig['compositeWeights'],
): CompositeExplanation {
  const explained: CompositePartExplanation[] = [];
  const missing: EvaluationPart[] = [];
  // Sum of score hundredths × weight hundredths-of-percent: units of 1e-6, exact in integers.
  let units = 0;
  for (const part of EVALUATION_PARTS) {
    const score = parts[part];
    const weight = weights[part];
    explained.push({
      part,
      label: EVALUATION_PART_LABELS[part],
      score,
      weight,
      weighted: score === null ? null : weightedOf(score, weight),
    });
    if (score === null) {
      if (weight > 0) missing.push(part);
    } else units += hundredths(score) * hundredths(weight);
  }
  const value = missing.length === 0 ? Math.floor((units + 5_000) / 10_000) / 100 : null;
  return { formula: compositeFormula(weights), parts: explained, missing, composite: value };
}
