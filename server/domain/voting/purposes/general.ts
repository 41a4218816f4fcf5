import { isRejectKind } from '../option-kinds.ts';
import { moreThanHalfOf, validVotes, votesOf } from '../question-count.ts';
import type { PurposeRule } from './rule.ts';

/** 其他表决: passes when 同意 votes are more than half of the valid votes (弃权 is not a valid vote). */
export const general: PurposeRule = {
  name: '一般表决：同意票超过有效票半数即通过',
  version: 1,
  kinds: ['approve', 'reject', 'abstain'],
  missing: (kinds) => (!kinds.includes('approve') ? '须有“同意”选项' : null),
  scored: false,
  decide(q) {
    const valid = validVotes(q);
    const approveVotes = votesOf(q, (k) => k === 'approve');
    const passed = moreThanHalfOf(approveVotes, valid);
    const verdict = passed ? '通过' : '不通过';
    return {
      passed,
      rejected: !passed,
      verdict,
      rejectVotes: votesOf(q, isRejectKind),
      approveVotes,
      denominator: 'valid',
      denominatorValue: valid,
      turnout: null,
      rule: `同意票超过有效票的半数即通过（弃权不计入有效票，恰好半数不算超过）：同意 ${approveVotes} 票，有效票 ${valid}，${verdict}`,
    };
  },
};
