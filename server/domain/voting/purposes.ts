/**
 * Poll purposes (DESIGN §2.3) and the decision rule of each: one place to find how a vote of a given
 * purpose is decided. Rules read option kinds and scores stored with the poll, never label text.
 */
import { isValidKind, OPTION_KIND_LABELS, type OptionKind } from './option-kinds.ts';
import type { Outcome } from './outcome.ts';
import { democraticEvaluation } from './purposes/democratic-evaluation.ts';
import { general } from './purposes/general.ts';
import { pledgeConfirmation } from './purposes/pledge-confirmation.ts';
import { recall } from './purposes/recall.ts';
import type { DecisionContext, PurposeRule } from './purposes/rule.ts';
import type { QuestionCount } from './question-count.ts';

export type { DecisionContext, PurposeRule };

export const POLL_PURPOSES = ['pledge_confirmation', 'democratic_evaluation', 'recall', 'general'] as const;
export type PollPurpose = (typeof POLL_PURPOSES)[number];

export const PURPOSE_LABELS: Record<PollPurpose, string> = {
  pledge_confirmation: '承诺事项表决',
  democratic_evaluation: '民主测评',
  recall: '罢免表决',
  general: '其他表决',
};

export const PURPOSE_RULES: Record<PollPurpose, PurposeRule> = {
  pledge_confirmation: pledgeConfirmation,
  democratic_evaluation: democraticEvaluation,
  recall,
  general,
};

/** The decision of one question under its poll's purpose. */
export const decide = (purpose: PollPurpose, q: QuestionCount, ctx: DecisionContext): Outcome =>
  PURPOSE_RULES[purpose].decide(q, ctx);

/** Does the purpose let a voter abstain (弃权)? The democratic evaluation has 不了解 instead. */
export const allowsAbstain = (purpose: PollPurpose) => PURPOSE_RULES[purpose].kinds.includes('abstain');

/** Per-option scores of the democratic evaluation, as the campaign config holds them. */
export type EvaluationScores = { satisfied: number; basicallySatisfied: number; unsatisfied: number };

/** The score an option of this kind gets when the clerk gives none: from the config, for scored purposes. */
export function defaultScore(
  purpose: PollPurpose,
  kind: OptionKind,
  scores: EvaluationScores,
): number | null {
  if (!PURPOSE_RULES[purpose].scored) return null;
  if (kind === 'satisfied') return scores.satisfied;
  if (kind === 'basically_satisfied') return scores.basicallySatisfied;
  if (kind === 'unsatisfied') return scores.unsatisfied;
  return null;
}

/** Why one question's options do not fit the purpose (a Chinese message), or null. */
export function optionsProblem(
  purpose: PollPurpose,
  options: readonly { kind: OptionKind; score?: number | null | undefined }[],
): string | null {
  const rule = PURPOSE_RULES[purpose];
  const kinds = options.map((o) => o.kind);
  const foreign = kinds.find((k) => !rule.kinds.includes(k));
  if (foreign) return `${PURPOSE_LABELS[purpose]}不能有“${OPTION_KIND_LABELS[foreign]}”类选项`;
  if (new Set(kinds).size !== kinds.length) return '同一类选项只能有一个';
  if (!rule.scored && options.some((o) => o.score != null)) return `${PURPOSE_LABELS[purpose]}的选项没有分值`;
  const unscored = options.find((o) => o.score != null && !isValidKind(o.kind));
  if (unscored) return `“${OPTION_KIND_LABELS[unscored.kind]}”不计入有效票，没有分值`;
  return rule.missing(kinds);
}
