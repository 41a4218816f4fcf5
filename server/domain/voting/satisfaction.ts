import { isValidKind } from './option-kinds.ts';
import type { QuestionCount } from './question-count.ts';

export type Satisfaction = {
  /** Option scores averaged over valid votes, 2 decimals; null without valid votes or a missing score. */
  score: number | null;
  /** (满意 + 基本满意) / valid votes, 0..1 to 4 decimals; null without valid votes. */
  rate: number | null;
  valid: number;
};

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The village score of DESIGN §2.4.2: each valid vote scores its option's score (stored with the poll,
 * default 100 / 75 / 55), averaged over the valid votes; the satisfaction rate beside it.
 */
export function satisfactionOf(q: QuestionCount): Satisfaction {
  let valid = 0;
  let points = 0;
  let satisfied = 0;
  let scored = true;
  for (const option of q.options) {
    if (!isValidKind(option.kind)) continue;
    valid += option.votes;
    if (option.score === null) scored = scored && option.votes === 0;
    else points += option.votes * option.score;
    if (option.kind === 'satisfied' || option.kind === 'basically_satisfied') satisfied += option.votes;
  }
  if (valid === 0) return { score: null, rate: null, valid };
  return { score: scored ? round(points / valid, 2) : null, rate: round(satisfied / valid, 4), valid };
}
