import { isRejectKind } from '../option-kinds.ts';
import { moreThanHalfOf, votesOf } from '../question-count.ts';
import type { PurposeRule } from './rule.ts';

/**
 * 罢免 (村民委员会组织法, DESIGN §2.5): passes only when more than half of the registered voters vote
 * AND more than half of those voting approve. Every ballot cast counts as voting (blank, invalid and
 * 弃权 included); exactly half fails either step.
 */
export const recall: PurposeRule = {
  name: '罢免：登记选民过半数投票，且投票人过半数同意',
  version: 1,
  kinds: ['approve', 'reject', 'abstain'],
  missing: (kinds) =>
    !kinds.includes('approve') ? '须有“同意”选项' : !kinds.includes('reject') ? '须有“不同意”选项' : null,
  scored: false,
  decide(q, ctx) {
    const voted = q.ballots;
    const approveVotes = votesOf(q, (k) => k === 'approve');
    const turnoutMet = moreThanHalfOf(voted, ctx.registered);
    const passed = turnoutMet && moreThanHalfOf(approveVotes, voted);
    const verdict = passed ? '罢免通过' : '罢免未通过';
    return {
      passed,
      rejected: !passed,
      verdict,
      rejectVotes: votesOf(q, isRejectKind),
      approveVotes,
      denominator: 'cast',
      denominatorValue: voted,
      turnout: { voted, registered: ctx.registered, met: turnoutMet },
      rule: `依《村民委员会组织法》，罢免须有登记参加选举的村民过半数投票，并经投票的村民过半数同意（恰好半数不算过半数）：登记 ${ctx.registered} 人，投票 ${voted} 人${turnoutMet ? '' : '（未过半数）'}，同意 ${approveVotes} 票，${verdict}`,
    };
  },
};
