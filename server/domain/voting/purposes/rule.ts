import type { OptionKind } from '../option-kinds.ts';
import type { Outcome, VoteDenominator } from '../outcome.ts';
import type { QuestionCount } from '../question-count.ts';

/** What a rule may need beyond the count: all of it frozen with the poll (DESIGN §2.3). */
export type DecisionContext = {
  /** The pledge confirmation's configured denominator. */
  denominator: VoteDenominator;
  /** 实到 (frozen at close). */
  attendees: number;
  /** 应到: for a recall, the registered voters. */
  registered: number;
};

/** One poll purpose: which option kinds it takes and how a question is decided. */
export type PurposeRule = {
  /** The rule's name in Chinese, stored with a certified result. */
  name: string;
  /** Grows whenever the rule changes, so a certified result names the rule it was decided by. */
  version: number;
  /** Option kinds a question of this purpose may offer. */
  kinds: readonly OptionKind[];
  /** Why a question's set of kinds cannot be decided by this rule (null when it can). */
  missing(kinds: readonly OptionKind[]): string | null;
  /** Options carry scores (the democratic evaluation). */
  scored: boolean;
  decide(q: QuestionCount, ctx: DecisionContext): Outcome;
};
