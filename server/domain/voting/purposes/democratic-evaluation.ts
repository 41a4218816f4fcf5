import { isApproveKind } from '../option-kinds.ts';
import { isRejected } from '../outcome.ts';
import { validVotes, votesOf } from '../question-count.ts';
import type { PurposeRule } from './rule.ts';

/**
 * 民主测评 (DESIGN §2.4.2): 满意 / 基本满意 / 不满意 / 不了解, where 不了解 is not a valid vote. More
 * than half 不满意 of the valid votes → unqualified (不合格); exactly half is not more than half.
 */
export const democraticEvaluation: PurposeRule = {
  name: '民主测评：不满意票超过有效票半数即为不合格',
  version: 1,
  kinds: ['satisfied', 'basically_satisfied', 'unsatisfied', 'dont_know'],
  missing: (kinds) =>
    !kinds.includes('satisfied')
      ? '须有“满意”选项'
      : !kinds.includes('unsatisfied')
        ? '须有“不满意”选项'
        : null,
  scored: true,
  decide(q) {
    const valid = validVotes(q);
    const unsatisfied = votesOf(q, (k) => k === 'unsatisfied');
    const rejected = isRejected(unsatisfied, valid);
    const verdict = rejected ? '不满意过半（不合格）' : '不满意未过半';
    return {
      passed: !rejected,
      rejected,
      verdict,
      rejectVotes: unsatisfied,
      approveVotes: votesOf(q, isApproveKind),
      denominator: 'valid',
      denominatorValue: valid,
      turnout: null,
      rule: `不满意票超过有效票的半数即为不合格（不了解不计入有效票，恰好半数不算超过）：不满意 ${unsatisfied} 票，有效票 ${valid}，${verdict}`,
    };
  },
};
