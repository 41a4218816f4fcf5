import { isApproveKind, isRejectKind } from '../option-kinds.ts';
import { DENOMINATOR_LABELS, isRejected } from '../outcome.ts';
import { validVotes, votesOf } from '../question-count.ts';
import type { PurposeRule } from './rule.ts';

/**
 * 承诺事项表决 (DESIGN §2.2): an item is not confirmed when its 不满意 votes are MORE than half of the
 * configured denominator (valid votes by default, or all ballots, or 实到); exactly half passes.
 */
export const pledgeConfirmation: PurposeRule = {
  name: '承诺事项表决：不满意票超过半数即不通过',
  version: 1,
  kinds: ['satisfied', 'basically_satisfied', 'unsatisfied', 'approve', 'reject', 'dont_know', 'abstain'],
  missing: (kinds) =>
    !kinds.some(isRejectKind)
      ? '须有“不满意”（或“不同意”）选项'
      : !kinds.some(isApproveKind)
        ? '须有“满意”（或“同意”）选项'
        : null,
  scored: false,
  decide(q, ctx) {
    const valid = validVotes(q);
    const value =
      ctx.denominator === 'valid' ? valid : ctx.denominator === 'cast' ? q.ballots : ctx.attendees;
    const rejectVotes = votesOf(q, isRejectKind);
    const rejected = isRejected(rejectVotes, value);
    const verdict = rejected ? '不通过' : '通过';
    const label = DENOMINATOR_LABELS[ctx.denominator];
    return {
      passed: !rejected,
      rejected,
      verdict,
      rejectVotes,
      approveVotes: votesOf(q, isApproveKind),
      denominator: ctx.denominator,
      denominatorValue: value,
      turnout: null,
      rule: `不满意票超过${label}的半数即不通过（恰好半数不算超过）：不满意 ${rejectVotes} 票，${label} ${value}，${verdict}`,
    };
  },
};
