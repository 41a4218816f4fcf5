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

const PROPOSAL_LABELS = {
  voterSignatures: '村民联名人数',
  registeredVoters: '有选举权的村民人数',
  representativeSignatures: '村民代表联名人数',
  representatives: '村民代表人数',
} as const satisfies Record<keyof RecallProposal, string>;

/**
 * Why the numbers themselves cannot stand (field and Chinese message), or null: whole numbers, none
 * negative, and no more signatures than there are voters (or representatives) to sign.
 */
export function recallProposalProblem(
  p: RecallProposal,
): { field: keyof RecallProposal; message: string } | null {
  for (const field of Object.keys(PROPOSAL_LABELS) as (keyof RecallProposal)[]) {
    if (!Number.isInteger(p[field]) || p[field] < 0)
      return { field, message: `“${PROPOSAL_LABELS[field]}”应为不小于 0 的整数` };
  }
  if (p.voterSignatures > p.registeredVoters)
    return { field: 'voterSignatures', message: '村民联名人数不能多于有选举权的村民人数' };
  if (p.representativeSignatures > p.representatives)
    return { field: 'representativeSignatures', message: '村民代表联名人数不能多于村民代表人数' };
  return null;
}
