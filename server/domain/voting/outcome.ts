/** Denominator of the "more than half 不满意" rule (DESIGN §2.2, campaign config). */
export type VoteDenominator = 'valid' | 'cast' | 'attendees';

export const DENOMINATOR_LABELS: Record<VoteDenominator, string> = {
  valid: '有效票',
  cast: '投票总数',
  attendees: '实到人数',
};

/** Labels of the option that rejects: its votes decide the "more than half" rule. */
export const REJECT_LABELS = ['不满意', '不同意', '反对'];
export const isRejectLabel = (label: string) => REJECT_LABELS.includes(label.trim());

/** One question's combined count (electronic + paper). */
export type QuestionCount = {
  options: { id: string; label: string; countsAsValid: boolean; votes: number }[];
  /** Ballots that answered the question, valid or not (including invalid paper ballots). */
  cast: number;
  /** Invalid paper ballots. */
  invalid: number;
};

export type Outcome = {
  valid: number;
  cast: number;
  attendees: number;
  denominator: VoteDenominator;
  denominatorValue: number;
  rejectVotes: number;
  rejected: boolean;
  /** The rule, in Chinese, with the numbers it was applied to. */
  rule: string;
};

/** Votes on options that count as valid (不了解 and invalid ballots do not). */
export const validVotes = (q: QuestionCount) =>
  q.options.filter((o) => o.countsAsValid).reduce((sum, o) => sum + o.votes, 0);

/** Rejected when the reject votes are MORE than half of the denominator; exactly half is not rejected. */
export function isRejected(rejectVotes: number, denominatorValue: number): boolean {
  return denominatorValue > 0 && rejectVotes * 2 > denominatorValue;
}

export function outcomeOf(q: QuestionCount, denominator: VoteDenominator, attendees: number): Outcome {
  const valid = validVotes(q);
  const value = denominator === 'valid' ? valid : denominator === 'cast' ? q.cast : attendees;
  const rejectVotes = q.options.filter((o) => isRejectLabel(o.label)).reduce((s, o) => s + o.votes, 0);
  const rejected = isRejected(rejectVotes, value);
  const label = DENOMINATOR_LABELS[denominator];
  return {
    valid,
    cast: q.cast,
    attendees,
    denominator,
    denominatorValue: value,
    rejectVotes,
    rejected,
    rule: `不满意票超过${label}的半数即不通过（恰好半数不算超过）：不满意 ${rejectVotes} 票，${label} ${value}，${rejected ? '不通过' : '通过'}`,
  };
}
