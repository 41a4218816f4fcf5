import { isAllowed, type Permission } from '../permissions.ts';
import { PHASE_LABELS, type Phase } from '../phases.ts';
import {
  approve,
  canAddItem,
  cancelVote,
  committeeDecision,
  editItem,
  type PledgeStatus,
  resubmit,
  returnSet,
  type SetState,
  type SetStatus,
  type Step,
  startSoliciting,
  startVote,
  withdrawItem,
} from '../pledging/workflow.ts';
import type { Role } from '../roles.ts';

/**
 * Who may do what to a cadre's pledges, now (DESIGN §2.2): the one rule the services refuse with and
 * the web shows its buttons from (views carry the result as `allowedActions`). Each action passes
 * the same gates in the same order: the role's permission, the 承诺 phase, the participant not
 * excluded, a cadre acting only for themself; then the workflow step itself.
 */

export type PledgingActor = { role: Role; personId: string | null };

/** Whose pledges, in which campaign: what every pledging action is asked about. */
export type PledgingFacts = {
  actor: PledgingActor;
  campaign: { year: number; phase: Phase };
  participant: { personId: string; excluded: boolean };
};

/** Why an action is not open: forbidden (who) or conflict (when), with a Chinese reason. */
export type PolicyRefusal = { kind: 'forbidden' | 'conflict'; code: string; message: string };

export const PARTICIPANT_ACTIONS = ['draft'] as const;
export type ParticipantAction = (typeof PARTICIPANT_ACTIONS)[number];

export const PLEDGE_ACTIONS = ['edit', 'withdraw'] as const;
export type PledgeAction = (typeof PLEDGE_ACTIONS)[number];

export const SET_ACTIONS = [
  'solicit',
  'resubmit',
  'add_opinion',
  'handle_opinion',
  'record_committee',
  'start_vote',
  'cancel_vote',
  'apply_vote',
  'approve',
  'return',
  'override_minimum',
] as const;
export type SetAction = (typeof SET_ACTIONS)[number];

export const PAIR_ACTIONS = ['override'] as const;
export type PairAction = (typeof PAIR_ACTIONS)[number];

/** Where a set stands against the minimum number of confirmed items (原则上不少于 N 件). */
export type MinimumStanding = 'met' | 'short' | 'overridden';

export type SetFacts = PledgingFacts & {
  set: SetState;
  /** The poll whose result counts (the set's, or its latest certified correction) is certified. */
  pollCertified: boolean;
  minimum: MinimumStanding;
};

export type PledgeFacts = PledgingFacts & { setStatus: SetStatus; pledgeStatus: PledgeStatus };

/** The participant's set, or null before their first pledge. */
export type ParticipantFacts = PledgingFacts & { setStatus: SetStatus | null };

/** A flagged pair of two cadres' pledges: still blocking, already overridden, or not flagged at all. */
export type PairFacts = PledgingFacts & { pair: 'blocking' | 'overridden' | 'none' };

type Who = 'self' | 'village' | 'voting' | 'township';

const PERMISSION: Record<Who, Permission> = {
  self: 'pledge.write',
  village: 'pledge.write',
  voting: 'voting.write',
  township: 'pledge.approve',
};

const forbidden = (message: string, code = 'FORBIDDEN'): PolicyRefusal => ({
  kind: 'forbidden',
  code,
  message,
});
const conflict = (code: string, message: string): PolicyRefusal => ({ kind: 'conflict', code, message });
const fromStep = (step: Step<unknown>): PolicyRefusal | null =>
  step.ok ? null : conflict(step.refusal.code, step.refusal.message);

/** The gates every pledging action passes before its own step. */
function gate(facts: PledgingFacts, who: Who): PolicyRefusal | null {
  const { actor, campaign, participant } = facts;
  if (!isAllowed(actor.role, PERMISSION[who])) return forbidden('您没有执行此操作的权限');
  if (campaign.phase !== 'pledging') {
    return conflict(
      'WRONG_PHASE',
      `${campaign.year} 年度考评活动当前处于“${PHASE_LABELS[campaign.phase]}”阶段，承诺事项只能在“承诺”阶段办理`,
    );
  }
  if (participant.excluded) {
    return conflict('PARTICIPANT_EXCLUDED', '该村干部已被排除在本年度承诺考评之外（立案未结案），不参与承诺');
  }
  // A cadre writes only their own pledges; the clerk any cadre's of the village (scope has seen to that).
  if (who === 'self' && actor.role === 'village_cadre' && actor.personId !== participant.personId) {
    return forbidden('村干部只能办理本人的承诺事项');
  }
  return null;
}

const activeItems = (set: SetState) => set.items.filter((i) => i.status !== 'withdrawn');

const SET_RULES: Record<SetAction, { who: Who; step: (f: SetFacts) => PolicyRefusal | null }> = {
  solicit: { who: 'self', step: (f) => fromStep(startSoliciting(f.set)) },
  resubmit: { who: 'self', step: (f) => fromStep(resubmit(f.set)) },
  add_opinion: {
    who: 'self',
    step: (f) =>
      f.set.status === 'soliciting'
        ? null
        : conflict('NOT_SOLICITING', '该村干部的承诺事项当前不在征求意见阶段，不能提交意见'),
  },
  handle_opinion: { who: 'self', step: () => null },
  record_committee: {
    who: 'voting',
    step: (f) => {
      const refused = fromStep(committeeDecision(f.set, false, 0));
      if (refused) return refused;
      const items = activeItems(f.set);
      if (items.length > 0 && items.every((i) => i.status === 'confirmed')) {
        return conflict('NO_ITEMS', '事项均已经群众表决确认，没有须两委会议研究的事项，可直接报乡审批');
      }
      return null;
    },
  },
  start_vote: { who: 'voting', step: (f) => fromStep(startVote(f.set)) },
  cancel_vote: { who: 'voting', step: (f) => fromStep(cancelVote(f.set, f.pollCertified)) },
  apply_vote: {
    who: 'voting',
    step: (f) => {
      // Not voting: the workflow's own refusal (cancelVote refuses exactly that way).
      if (f.set.status !== 'voting') return fromStep(cancelVote(f.set, false));
      if (!f.pollCertified) {
        return conflict('POLL_NOT_CERTIFIED', '表决结果尚未经记录员和会议主持人确认，不能应用到承诺事项');
      }
      return null;
    },
  },
  approve: { who: 'township', step: (f) => fromStep(approve(f.set)) },
  return: { who: 'township', step: (f) => fromStep(returnSet(f.set)) },
  override_minimum: {
    who: 'township',
    step: (f) => {
      if (f.set.status === 'approved') return conflict('PLEDGES_LOCKED', '承诺事项已经批准，不能再修改');
      if (f.set.status !== 'confirmed') {
        return conflict('WRONG_SET_STATUS', '承诺事项经群众表决确认后，乡考评办才能决定是否同意少于最低件数');
      }
      if (f.minimum === 'met') return conflict('MINIMUM_MET', '已确认的承诺事项不少于最低件数，无须同意');
      if (f.minimum === 'overridden') return conflict('MINIMUM_OVERRIDDEN', '乡考评办已经同意少于最低件数');
      return null;
    },
  },
};

/** Why the actor may not take this step on the set now, or null when they may. */
export function setRefusal(facts: SetFacts, action: SetAction): PolicyRefusal | null {
  const rule = SET_RULES[action];
  return gate(facts, rule.who) ?? rule.step(facts);
}

export const setActions = (facts: SetFacts): SetAction[] =>
  SET_ACTIONS.filter((a) => setRefusal(facts, a) === null);

export function pledgeRefusal(facts: PledgeFacts, action: PledgeAction): PolicyRefusal | null {
  const step = action === 'edit' ? editItem : withdrawItem;
  return gate(facts, 'self') ?? fromStep(step(facts.setStatus, facts.pledgeStatus));
}

export const pledgeActions = (facts: PledgeFacts): PledgeAction[] =>
  PLEDGE_ACTIONS.filter((a) => pledgeRefusal(facts, a) === null);

/** Drafting a pledge for the participant: the cadre for themself, the clerk for the village's cadres. */
export function participantRefusal(
  facts: ParticipantFacts,
  _action: ParticipantAction,
): PolicyRefusal | null {
  return gate(facts, 'self') ?? fromStep(canAddItem(facts.setStatus ?? 'draft'));
}

export const participantActions = (facts: ParticipantFacts): ParticipantAction[] =>
  PARTICIPANT_ACTIONS.filter((a) => participantRefusal(facts, a) === null);

/** The office decides that a flagged pair of the two cadres' pledges is no overlap. */
export function pairRefusal(facts: PairFacts, _action: PairAction): PolicyRefusal | null {
  const refused = gate(facts, 'township');
  if (refused) return refused;
  if (facts.pair === 'none') return conflict('NOT_FLAGGED', '这两项承诺事项没有被标记为疑似交叉');
  if (facts.pair === 'overridden') return conflict('ALREADY_OVERRIDDEN', '乡考评办已经确认这两项不重复');
  return null;
}

export const pairActions = (facts: PairFacts): PairAction[] =>
  PAIR_ACTIONS.filter((a) => pairRefusal(facts, a) === null);

/** The minimum standing of a set from its confirmed items, the required number and any office override. */
export function minimumStanding(
  confirmed: number,
  required: number,
  overrideReason: string | null,
): MinimumStanding {
  if (confirmed >= required) return 'met';
  return overrideReason ? 'overridden' : 'short';
}
