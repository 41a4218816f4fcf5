import { isAllowed } from '../permissions.ts';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import type { PolicyRefusal } from './pledge.ts';

/**
 * Who may record what of a year's consequences (DESIGN §2.5): the township office records the
 * admonishment talk and each due-process step of a removal case, while the task or case is open and
 * the year is not sealed. On a case that calls for the recall (罢免) of a committee director, the
 * office also records the villagers' recall proposal and, once it meets the law's threshold, starts
 * the recall vote; the outcome step waits for that vote's certified result. Everyone else with
 * sanctions.read only reads.
 */
export const SANCTION_ACTIONS = ['record', 'propose_recall', 'start_recall_vote'] as const;
export type SanctionAction = (typeof SANCTION_ACTIONS)[number];

/** A removal case's recall, for a case whose measures include it. */
export type RecallFacts = {
  /** The recorded proposal meets 1/5 of voters or 1/3 of representatives. */
  proposalMet: boolean;
  /** A recall poll was started from the case, and whether it is certified. */
  pollStarted: boolean;
  pollCertified: boolean;
};

export type SanctionFacts = {
  role: Role;
  phase: Phase;
  closed: boolean;
  /** Removal cases only: the next due-process step (null once closed). */
  nextStep?: string | null;
  /** Removal cases that call for a recall only. */
  recall?: RecallFacts;
};

const refusal = (code: string, message: string): PolicyRefusal => ({ kind: 'conflict', code, message });

function baseRefusal(f: SanctionFacts): PolicyRefusal | null {
  if (!isAllowed(f.role, 'sanctions.manage')) {
    return { kind: 'forbidden', code: 'FORBIDDEN', message: '只有乡考评办可以办理奖惩事项' };
  }
  if (f.phase === 'archived') return refusal('ARCHIVED', '该年度已归档，不能再修改');
  if (f.closed) return refusal('CLOSED', '该事项已办结');
  return null;
}

export function sanctionRefusal(f: SanctionFacts, action: SanctionAction): PolicyRefusal | null {
  const base = baseRefusal(f);
  if (base) return base;
  const recall = f.recall;
  if (action === 'record') {
    if (f.nextStep === 'outcome' && recall?.pollStarted && !recall.pollCertified)
      return refusal('RECALL_PENDING', '罢免表决结果尚未确认，确认后才能记录执行结果');
    return null;
  }
  if (!recall) return refusal('NO_RECALL', '该案件不涉及罢免村民委员会主任');
  if (recall.pollStarted) return refusal('RECALL_STARTED', '罢免表决已经发起');
  if (action === 'start_recall_vote' && !recall.proposalMet)
    return refusal('PROPOSAL_NOT_MET', '罢免要求尚未达到法定联名人数，不能发起罢免表决');
  return null;
}

export const sanctionActions = (f: SanctionFacts): SanctionAction[] =>
  SANCTION_ACTIONS.filter((a) => sanctionRefusal(f, a) === null);
