import type { QuestionCount } from './outcome.ts';

/** Per-option scores of the democratic evaluation (campaign config; default 100 / 75 / 55). */
export type EvaluationScores = { satisfied: number; basicallySatisfied: number; unsatisfied: number };

export type Satisfaction = {
  /** Score averaged over valid votes, 2 decimals; null without valid votes. */
  score: number | null;
  /** (满意 + 基本满意) / valid votes, 0..1 to 4 decimals; null without valid votes. */
  rate: number | null;
  valid: number;
};

const SCORE_KEY: Record<string, keyof EvaluationScores> = {
  满意: 'satisfied',
  基本满意: 'basicallySatisfied',
  不满意: 'unsatisfied',
};

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The village score of DESIGN §2.4.2 from one question's count: 满意 / 基本满意 / 不满意 are valid. */
export function satisfactionOf(q: QuestionCount, scores: EvaluationScores): Satisfaction {
  let valid = 0;
  let points = 0;
  let satisfied = 0;
  for (const option of q.options) {
    const key = SCORE_KEY[option.label.trim()];
    if (!key || !option.countsAsValid) continue;
    valid += option.votes;
    points += option.votes * scores[key];
    if (key !== 'unsatisfied') satisfied += option.votes;
  }
  if (valid === 0) return { score: null, rate: null, valid };
  return { score: round(points / valid, 2), rate: round(satisfied / valid, 4), valid };
}
