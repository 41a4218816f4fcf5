/**
 * 民主测评 (DESIGN §2.4.2): one participant's village score from the counts of a certified
 * democratic-evaluation poll. Valid votes are 满意 + 基本满意 + 不满意 (不了解, blank questions and invalid
 * ballots are not valid); the score is the option scores averaged over the valid votes (2 decimals);
 * the satisfaction rate is (满意 + 基本满意) / valid; more than half 不满意 of the valid votes makes the
 * participant unqualified (exactly half does not).
 */
import type { QuestionResult } from '../voting/results.ts';
import type { EvaluationCounts, VillageEvaluationResult } from './types.ts';

export type OptionScores = VillageEvaluationResult['optionScores'];

export type VillageEvaluationScore = Pick<
  VillageEvaluationResult,
  'valid' | 'score' | 'satisfactionRate' | 'unqualified'
>;

/** The rule in words, as shown beside every score. */
export const VILLAGE_EVALUATION_RULE =
  '测评得分 = 各有效票所选选项分值的平均数（保留两位小数）；满意率 = （满意 + 基本满意）÷ 有效票；不了解、未填和废票不计入有效票；不满意票超过有效票半数即为不合格（恰好半数不算超过）';

/** The score, rate and verdict of one participant from their counts and the poll's option scores. */
export function villageEvaluationScore(
  counts: EvaluationCounts,
  scores: OptionScores,
): VillageEvaluationScore {
  const valid = counts.satisfied + counts.basicallySatisfied + counts.unsatisfied;
  if (valid === 0) return { valid, score: null, satisfactionRate: null, unqualified: false };
  const points =
    counts.satisfied * scores.satisfied +
    counts.basicallySatisfied * scores.basicallySatisfied +
    counts.unsatisfied * scores.unsatisfied;
  return {
    valid,
    // × 100 before dividing: integer scores give an exact numerator, so 2 dp round the true mean.
    score: Math.round((points * 100) / valid) / 100,
    satisfactionRate: Math.round(((counts.satisfied + counts.basicallySatisfied) * 10_000) / valid) / 10_000,
    unqualified: counts.unsatisfied * 2 > valid,
  };
}

/** What the village score reads of a question of a certified result (QuestionResult has more). */
export type EvaluationQuestion = Pick<QuestionResult, 'subjectType' | 'subjectId' | 'blank' | 'invalid'> & {
  options: readonly Pick<QuestionResult['options'][number], 'kind' | 'score' | 'votes'>[];
};

/**
 * The counts and option scores of one question of a certified (frozen) result, by option kind.
 * `blank` holds the question's blank paper ballots and the invalid ballots (废票): neither is valid.
 * Null when the question lacks one of the three scored options (not a democratic evaluation's shape).
 */
export function evaluationOfQuestion(
  q: Pick<EvaluationQuestion, 'options' | 'blank' | 'invalid'>,
): { counts: EvaluationCounts; optionScores: OptionScores } | null {
  // The first option of each kind (one pass: a province reads some 40,000 questions at once).
  type Option = EvaluationQuestion['options'][number];
  let satisfied: Option | undefined;
  let basically: Option | undefined;
  let unsatisfied: Option | undefined;
  let unknown: Option | undefined;
  for (const o of q.options) {
    if (o.kind === 'satisfied') satisfied ??= o;
    else if (o.kind === 'basically_satisfied') basically ??= o;
    else if (o.kind === 'unsatisfied') unsatisfied ??= o;
    else if (o.kind === 'dont_know') unknown ??= o;
  }
  if (!satisfied || !unsatisfied || satisfied.score === null || unsatisfied.score === null) return null;
  if (basically && basically.score === null) return null;
  return {
    counts: {
      satisfied: satisfied.votes,
      basicallySatisfied: basically?.votes ?? 0,
      unsatisfied: unsatisfied.votes,
      unknown: unknown?.votes ?? 0,
      blank: q.blank + q.invalid,
    },
    optionScores: {
      satisfied: satisfied.score,
      basicallySatisfied: basically?.score ?? 0,
      unsatisfied: unsatisfied.score,
    },
  };
}
