/**
 * A recall (罢免) of a committee member is proposed by at least one fifth of the village's voters or
 * one third of the villager representatives (村民委员会组织法 art. 16). Integer arithmetic: exactly a
 * fifth (or a third) is enough.
 */
export type RecallProposal = {
  voterSignatures: number;
  registeredVoters: number;
  representativeSignatures: number;
  representatives: number;
};

export type RecallProposalCheck = { met: boolean; rule: string };

export function recallProposalCheck(p: RecallProposal): RecallProposalCheck {
  const byVoters = p.registeredVoters > 0 && p.voterSignatures * 5 >= p.registeredVoters;
  const byRepresentatives = p.representatives > 0 && p.representativeSignatures * 3 >= p.representatives;
  const met = byVoters || byRepresentatives;
  return {
    met,
    rule:
      `罢免要求须由本村五分之一以上有选举权的村民或者三分之一以上的村民代表联名提出：` +
      `村民联名 ${p.voterSignatures}/${p.registeredVoters}，村民代表联名 ${p.representativeSignatures}/${p.representatives}，` +
      (met ? '符合提出条件' : '未达到提出条件'),
  };
}
