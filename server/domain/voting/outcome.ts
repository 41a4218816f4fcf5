import { moreThanHalfOf } from './question-count.ts';

/** Denominator of the pledge confirmation's "more than half 不满意" rule (DESIGN §2.2, campaign config). */
export type VoteDenominator = 'valid' | 'cast' | 'attendees';
export const VOTE_DENOMINATORS = ['valid', 'cast', 'attendees'] as const satisfies readonly VoteDenominator[];

export const DENOMINATOR_LABELS: Record<VoteDenominator, string> = {
  valid: '有效票',
  cast: '投票总数',
  attendees: '实到人数',
};

/**
 * The decision of one question under its poll's purpose, with the numbers it was taken on. Every
 * purpose fills the same shape, so records, boards and pledging read one thing.
 */
export type Outcome = {
  passed: boolean;
  /** = !passed: the item is not confirmed, the cadre is unqualified, the recall fails. */
  rejected: boolean;
  /** The result in Chinese: 通过 / 不通过 / 合格 / 不合格 / 罢免通过 / 罢免未通过. */
  verdict: string;
  /** Votes of the rejecting kinds (不满意, 不同意). */
  rejectVotes: number;
  /** Votes of the approving kinds (同意, 满意, 基本满意). */
  approveVotes: number;
  denominator: VoteDenominator;
  denominatorValue: number;
  /** Recall only: more than half of the registered voters must vote. */
  turnout: { voted: number; registered: number; met: boolean } | null;
  /** The rule, in Chinese, with the numbers it was applied to. */
  rule: string;
};

/** Rejected when the reject votes are MORE than half of the denominator; exactly half is not rejected. */
export const isRejected = (rejectVotes: number, denominatorValue: number): boolean =>
  moreThanHalfOf(rejectVotes, denominatorValue);
